# Generator functions: yield in loops, for loops over generators, next(), yield from,
# return ending a generator, generators of generators, methods that are generators.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


for x in count_up(3):
    print("got", x)


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x * 10
    yield -1


print([v for v in evens(range(7))])
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("done")


def chain(*parts):
    for p in parts:
        yield from p
    yield "end"


for item in chain([1, 2], "ab", count_up(2)):
    print(item, end=" ")
print()


def first_word(lines):
    for line in lines:
        for word in line.split():
            if word == "stop":
                return
            yield word


print(list_of := [w for w in first_word(["a b", "c stop d", "e"])])


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for n in fib():
    if n > 50:
        break
    print(n, end=",")
print()


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print([v for v in t.walk()])


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for v in with_finally():
    print("v", v)


def pairs():
    seen = {}
    for k in ["x", "y", "x"]:
        seen[k] = seen.get(k, 0) + 1
        yield k, seen[k]


for k, c in pairs():
    print(k, c)


def squares(n):
    for i in range(n):
        yield i * i


print(list(squares(4)), sum(squares(4)), sorted(squares(3), reverse=True), max(squares(5)))
print(tuple(squares(2)))


def words():
    yield "x"
    yield "y"


print("-".join(words()))
acc = [0]
acc.extend(squares(3))
print(acc)
