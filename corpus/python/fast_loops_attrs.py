# The inline paths of `for x in list/tuple` and of `o.a` / `o.a = v` (any.attr_get/attr_set),
# with the cases that must leave them: lists changed during the loop, generators looping over
# lists across `yield`, properties, class attributes, attributes set from another name object,
# deleted attributes and AttributeError.
xs = [1, 2, 3]
for x in xs:
    if x < 5:
        xs.append(x + 10)
    print("grow", x)
ys = [1, 2, 3, 4, 5]
for y in ys:
    ys.remove(y)
    print("shrink", y, ys)
zs = [1, 2, 3]
for z in zs:
    zs.clear()
    print("clear", z)
for t in (4, 5, 6):
    print("tuple", t)
for t in ():
    print("never")
else:
    print("empty tuple else")
for a, b in [(1, 2), (3, 4)]:
    print("pairs", a + b)
for c in "ab":
    print("str", c)
for k in {"p": 1, "q": 2}:
    print("dict", k)
for n in [1, 2, 3]:
    if n == 2:
        break
    print("break", n)
else:
    print("not printed")
nested = [[1, 2], [3]]
for row in nested:
    for v in row:
        print("nested", v)


def gen(items):
    for item in items:
        yield item * 2
        yield item


print(list(gen([1, 2])), list(gen((3,))), list(gen(range(2))))


class Counter:
    kind = "class attribute"

    def __init__(self):
        self.n = 0

    @property
    def double(self):
        return self.n * 2

    @double.setter
    def double(self, v):
        self.n = v // 2


c = Counter()
for i in range(5):
    c.n += i
print(c.n, c.double, c.kind)
c.double = 40
print(c.n, c.double)
c.kind = "instance attribute"
print(c.kind, Counter.kind)
del c.kind
print(c.kind)
setattr(c, "n" + "", 7)
print(c.n, getattr(c, "n"))
Counter.kind = "changed"
print(c.kind)
del c.n
try:
    print(c.n)
except AttributeError as e:
    print("AttributeError:", e)
c.n = 1
print(c.n)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
objs = [Counter() for _ in range(3)]
for i, o in enumerate(objs):
    o.n = i
    o.extra = -i
print([(o.n, o.extra) for o in objs])
print(objs[0].missing)
