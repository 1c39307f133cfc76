# Zero-argument super() in functions and lambdas nested in methods (their own first argument),
# in generator methods, CPython's errors in comprehensions, generator expressions and functions
# without arguments; vars() and locals() without arguments in functions.
class A:
    def f(self, x=0):
        return "A.f(%s)" % x
class B(A):
    def f(self, x=0):
        def inner(me):
            return super().f(1)
        g = lambda me: super().f(2)
        try:
            c = [super().f(3) for i in range(1)]
        except TypeError as e:
            c = "TypeError: " + str(e)
        def noargs():
            return super().f(4)
        try:
            d = noargs()
        except RuntimeError as e:
            d = "RuntimeError: " + str(e)
        return inner(self), g(self), c, d, super().f(5)
print(B().f())
def h():
    a = 1
    b = "x"
    print(sorted(vars().items()))
    c = 3
    print(vars()["c"], locals() == vars())
h()


class C(A):
    def f(self, x=0):
        tag = "C"
        def helper(me):
            return tag + ">" + super().f(6)
        return helper(self)

    def gen(self):
        yield super().f(7)
        yield (lambda s: super(C, s).f(8))(self)

    def ge(self):
        try:
            return list(super().f(i) for i in range(1))
        except TypeError as e:
            return "TypeError: " + str(e)


c = C()
print(c.f(), list(c.gen()), c.ge())


def outer(p, q=2):
    r = p + q
    def inner():
        return r
    items = sorted(vars().items(), key=lambda kv: kv[0])
    print([k for k, _ in items], r, inner())
    for i in range(2):
        z = i
    print(sorted(locals()), locals()["z"])


outer(1)
