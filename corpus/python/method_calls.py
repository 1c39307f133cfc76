# Method calls without bound methods, classes called by name, tuples made and unpacked inline:
# the cases where the fast paths must step aside.
import math


class Base:
    def __init__(self, x, y=10):
        self.x = x
        self.y = y

    def total(self, k):
        return self.x + self.y + k

    def who(self):
        return "Base"

    @staticmethod
    def twice(v):
        return 2 * v

    @classmethod
    def make(cls, v):
        return cls(v, v)

    @property
    def area(self):
        return self.x * self.y


class Child(Base):
    def who(self):
        return "Child<" + super().who() + ">"


class Plain:
    pass


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step):
        self.n += step
        return self.n


def side(tag):
    print("evaluated", tag)
    return tag


b = Base(1)
print(b.total(5), Base(2, 3).total(1), b.who(), Child(4).who())
print(b.twice(21), Base.twice(4), Base.make(3).total(0), Child.make(2).who(), b.area)
# An instance attribute shadows the class's method.
b.total = lambda k: "shadowed %d" % k
print(b.total(7))
# Rebinding a method on the class is seen by the next call.
Base.who = lambda self: "rebound"
print(Base(0).who(), Child(0).who())
# A callable object in an attribute, and an unbound call through the class.
b.counter = Counter()
print(b.counter(2), b.counter(3), Base.total(Base(1, 1), 1))
# Built-in methods of lists, dicts, strs and sets.
xs = [3, 1, 2]
xs.append(0)
xs.sort()
d = {"a": 1}
d.update({"b": 2})
s = {1}
s.add(2)
print(xs, xs.index(2), d.get("b"), d.get("z", 9), "a-b".split("-"), " x ".strip(), sorted(s))
print(math.sqrt(16.0), math.floor(2.5), "%s" % (Plain() is not None))
# Errors: the method is looked up before the arguments are evaluated.
try:
    b.missing(side("never"))
except AttributeError as e:
    print("AttributeError:", e)
try:
    xs.nope(side("never"))
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
try:
    b.who(1)
except TypeError as e:
    print("TypeError:", e)
# Tuples: made, unpacked (exact size, wrong size, from lists and strings), nested.
t = (side(1), side(2), (3, 4))
a, c, (e, f) = t
print(a, c, e, f, t, len(t), t[2][1])
p, q = "pq"
r, *rest = [1, 2, 3]
print(p, q, r, rest)
try:
    a, c = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, c, z = (1, 2)
except ValueError as e:
    print("ValueError:", e)


def swap(pair):
    x, y = pair
    return y, x


print(swap((1, 2)), swap(swap(("a", "b"))), () == tuple(), (1,) + (2,))
for v in (None, 0, False, "", (), [], 1.5, 2**70, Plain, b):
    print(v is None, v is not None, "yes" if v is None else "no", "yes" if v is not None else "no")
Child(5).missing_method()
