# Method calls at one call site must see every change a lookup would: monkey-patching the class
# or a base, an instance attribute shadowing the method, descriptors,
# __getattribute__ added later, super() calls, and receivers of different classes and types.


class Base:
    def hello(self, x):
        return "Base.hello %s" % x

    def twice(self, x):
        return self.hello(x) + " / " + self.hello(x + 1)


class Child(Base):
    def hello(self, x):
        return "Child.hello %s <- %s" % (x, super().hello(x))


class Other:
    def hello(self, x):
        return "Other.hello %s" % x


def call_site(o, x):
    # One call site reached by many receivers.
    return o.hello(x)


objs = [Base(), Child(), Other(), Base(), Child()]
for i, o in enumerate(objs):
    print(i, call_site(o, i))

b = Base()
for i in range(3):
    print("loop", call_site(b, i))


# Monkey-patching the class after the site was warm.
def patched(self, x):
    return "patched %s" % x


Base.hello = patched
print(call_site(b, 7))
print(call_site(Child(), 8))
print(b.twice(1))


# Patching the base of a class whose own method is gone.
del Child.hello
print(call_site(Child(), 9))


def child_again(self, x):
    return "child again %s" % x


Child.hello = child_again
print(call_site(Child(), 10))

# An instance attribute shadows the method; deleting it shows the method again.
b.hello = lambda x: "instance lambda %s" % x
print(call_site(b, 11))
del b.hello
print(call_site(b, 12))
setattr(b, "hello", lambda x: "setattr lambda %s" % x)
print(call_site(b, 13))
vars(b).pop("hello")
print(call_site(b, 14))

# Descriptors: a staticmethod, a classmethod and a property replacing a method.
class Src:
    @staticmethod
    def s(x):
        return "static %s" % x

    @classmethod
    def c(cls, x):
        return "classmethod of %s %s" % (cls.__name__, x)

    @property
    def p(self):
        return lambda x: "property %s" % x


class D:
    def m(self, x):
        return "D.m %s" % x


d = D()
for i in range(2):
    print(d.m(i))
D.m = vars(Src)["s"]
print(d.m(2))
D.m = vars(Src)["c"]
print(d.m(3))
D.m = vars(Src)["p"]
print(d.m(4))


# A method with defaults, with a different arity at two sites, and a bound method stored.
class E:
    def f(self, a, b=10):
        return a + b


e = E()
print(e.f(1), e.f(1, 2), e.f(1), e.f(3, 4))
g = e.f
print(g(5))


# __getattribute__ gained after the site was warm.
class G:
    def m(self):
        return "G.m"


gg = G()
for i in range(2):
    print(gg.m())


def getattribute(self, name):
    if name == "m":
        return lambda: "from __getattribute__"
    return object.__getattribute__(self, name)


G.__getattribute__ = getattribute
print(gg.m())


# Built-in methods at one site over lists, strs, dicts and sets.
def size_of(x):
    return x.copy() if not isinstance(x, str) else x.upper()


for x in [[1, 2], "ab", {1: 2}, {3}, [4], "cd"]:
    print(size_of(x))


def add(c, v):
    c.append(v)
    return c


from collections import deque

print(add([1], 2), add(deque([1]), 2), add([3], 4))


# The remembered __init__ of a class called by name follows changes of the class and its base.
class Pt:
    def __init__(self, x):
        self.x = x


class Pt3(Pt):
    pass


def make(n):
    return [Pt(n).x, Pt3(n).x]


print(make(1), make(2))


def init_twice(self, x):
    self.x = x * 2


Pt.__init__ = init_twice
print(make(3))


def init_own(self, x):
    self.x = -x


Pt3.__init__ = init_own
print(make(4))
del Pt3.__init__
print(make(5))
