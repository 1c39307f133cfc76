# Classes defined inside functions: a new class per call, closures over the function's
# variables in methods and in the class body, __qualname__, repr, super() through the
# class cell, class-body names reading earlier class attributes.
def make(step, label):
    scale = step * 2

    class Counter:
        start = step
        doubled = start * 2
        name = label + "!"

        def __init__(self):
            self.n = self.start

        def bump(self):
            self.n += step
            return self.n

        def scaled(self):
            return self.n * scale

        def __repr__(self):
            return f"Counter({self.n}, {label})"

    return Counter


A = make(1, "a")
B = make(10, "b")
a, b = A(), B()
print(a.bump(), a.bump(), b.bump(), a.scaled(), b.scaled())
print(A is B, A.start, B.start, A.doubled, B.doubled, A.name, B.name)
print(A.__name__, A.__qualname__, A)
print([a, b])
print(type(a) is A, isinstance(b, A), isinstance(b, B))


def hierarchy():
    class Base:
        def hello(self):
            return "base"

    class Child(Base):
        def hello(self):
            return "child+" + super().hello()

        def later(self):
            def inner(me):
                return super(Child, me).hello()
            return inner(self) + "/" + type(self).__name__

    return Base, Child


Base, Child = hierarchy()
c = Child()
print(c.hello(), c.later(), Child.__mro__)
print(Child.hello.__qualname__, Child.__bases__)


def counter_factory():
    count = 0

    class Tick:
        def tick(self):
            nonlocal count
            count += 1
            return count

    return Tick(), lambda: count


t, peek = counter_factory()
t.tick()
t.tick()
print(peek())


class Outer:
    def method(self, x):
        class Inner:
            value = x

            def get(self):
                return self.value * x

        return Inner


I = Outer().method(3)
print(I().get(), I.__qualname__, I)


x = "global x"


def shadowing():
    x = "function x"

    class C:
        y = x
        x = "class x"
        z = x

        w = len(z)

        def m(self):
            return x

    return C


S = shadowing()
print(S.y, S.z, S.w, S().m())


class Plain:
    a = 1
    b = a + 1
    c = [a, b]


print(Plain.b, Plain.c)
for i in range(3):
    def f(i=i):
        class K:
            v = i
        return K
    print(f().v, f() is f())


def twice(fn):
    class Wrapper:
        calls = 0

        def __call__(self, *args):
            Wrapper.calls += 1
            return fn(*args) * 2

        def __repr__(self):
            return f"<twice {fn.__name__} {Wrapper.calls}>"

    return Wrapper()


@twice
def square(v):
    return v * v


print(square(3), square(4), square)


def records():
    from dataclasses import dataclass

    @dataclass
    class Point:
        x: int
        y: int = 0

    return Point


P = records()
print(P(1, 2), P(3) == P(3), P.__qualname__)


def gen_classes(n):
    for i in range(n):
        class Item:
            index = i

            def __str__(self):
                return f"Item#{self.index}"

        yield Item()


print([str(x) for x in gen_classes(3)])


def with_class_cell():
    class C:
        def m(self):
            return __class__

        def n(self):
            return (lambda: __class__)()

    return C


class D:
    def m(self):
        return __class__


class E(D):
    pass


C = with_class_cell()
print(C().m(), C().n() is C, E().m())
