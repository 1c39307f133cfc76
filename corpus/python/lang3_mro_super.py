class A:
    def f(self): return "A"
    @classmethod
    def make(cls): return "A.make(" + cls.__name__ + ")"
class B(A):
    def f(self): return "B" + super().f()
    @classmethod
    def make(cls): return "B>" + super().make()
class C(A):
    def __init__(self):
        super().__init__()
        self.c = 1
    def f(self): return "C" + super().f()
class D(B, C):
    def f(self): return "D" + super().f()
d = D()
print(d.f(), d.c)
print([k.__name__ for k in D.__mro__])
print(D.mro())
print(D.__bases__, A.__bases__)
print(D.make())
print(super(B, d).f())
print(isinstance(d, C), issubclass(D, C), issubclass(C, D))
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print(e)
try:
    class W(X, X): pass
except TypeError as e:
    print(e)
class E(X, ValueError): pass
try:
    raise E("boom")
except ValueError as e:
    print("caught", e, E.__mro__)


class Base:
    def __init__(self, tag):
        self.log = ["Base:" + tag]


class Left(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.log.append("Left")


class Right(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.log.append("Right")


class Bottom(Left, Right):
    def __init__(self):
        super(Bottom, self).__init__("b")
        self.log.append("Bottom")


print(Bottom().log)
print([c.__name__ for c in Bottom.mro()])
