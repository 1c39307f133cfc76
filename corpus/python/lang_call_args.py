# Keyword arguments, *args, **kwargs and keyword-only parameters in every kind of call.


def describe(name, *tags, sep=", ", **extra):
    text = name
    if tags:
        text += " [" + sep.join(tags) + "]"
    for k in extra:
        text += " " + k + "=" + str(extra[k])
    return text


print(describe("plain"))
print(describe("tagged", "a", "b"))
print(describe("sep", "a", "b", sep="/"))
print(describe("extra", size=3, color="red"))
args = ["x", "y", "z"]
opts = {"sep": "-", "level": 2}
print(describe("splat", *args, **opts))
print(describe(*["only"], **{}))


def point(x, y=0, *, scale=1):
    return (x * scale, y * scale)


print(point(1, 2), point(y=5, x=1), point(3, scale=10))
f = point
print(f(2, y=3, scale=2))


class Shape:
    def __init__(self, name, *, sides=0):
        self.name = name
        self.sides = sides

    def scaled(self, factor=1, *rest, label="s"):
        return (self.name, self.sides * factor, rest, label)

    def __str__(self):
        return self.name + "/" + str(self.sides)


sq = Shape("square", sides=4)
print(sq, Shape(name="blob"))
print(sq.scaled(factor=2), sq.scaled(3, 4, 5, label="t"))
m = sq.scaled
print(m(*[2, 9], **{"label": "u"}))
g = lambda a, *r, k=0, **kw: (a, r, k, sorted(kw))
print(g(1), g(1, 2, 3, k=4, z=5, y=6))


def total(*nums):
    return sum(nums)


print(total(), total(1, 2, 3), total(*range(5)), total(*[1, 2], 3, *(4, 5)))
print(max(*[3, 9, 2]), min(4, *[7, 1]), sorted([3, 1, 2], reverse=True))
print(dict(a=1, b=2), "-".join([str(i) for i in range(3)]))
words = ["bb", "a", "ccc"]
print(sorted(words, key=len), max(words, key=len))


def checks(a, b, /, c, *, d):
    return a + b + c + d


print(checks(1, 2, 3, d=4), checks(1, 2, c=3, d=4))
for bad in [
    lambda: point(),
    lambda: point(1, 2, 3),
    lambda: point(1, z=2),
    lambda: point(1, x=2),
    lambda: describe(),
    lambda: checks(1, 2, 3),
    lambda: Shape("a", "b"),
    lambda: total(**{"n": 1}),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
