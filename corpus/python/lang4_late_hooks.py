# Attribute hooks a class gains after instances exist: __setattr__ assigned later (also through
# a subclass), a property or data descriptor added later, a property's name in the instance dict.
class A:
    def __init__(self, x):
        self.x = x

class B(A):
    pass

a = A(1)
b = B(2)
log = []
def hook(self, name, value):
    log.append((type(self).__name__, name, value))
    object.__setattr__(self, name, value)
A.__setattr__ = hook
a.x = 10
b.x = 20
a.y = 5
print(a.x, b.x, a.y, log)
c = A(3)
print(c.x, log)

class P:
    def __init__(self):
        self.v = 1
p = P()
print(p.v)
class Holder:
    @property
    def v(self):
        return "prop"
P.v = vars(Holder)["v"]
print(p.v)
try:
    p.v = 3
except AttributeError as e:
    print("AttributeError")

class Q:
    @property
    def w(self):
        return "w-prop"
    @w.setter
    def w(self, val):
        print("setter", val)
q = Q()
vars(q)["w"] = 99
print(q.w, vars(q))
q.w = 5
print(q.w, vars(q))

class D:
    def __get__(self, obj, owner):
        return "desc"
    def __set__(self, obj, value):
        print("D.__set__", value)
class R:
    pass
class S(R):
    pass
s = S()
s.d = 1
print(s.d)
R.d = D()
print(s.d)
s.d = 7
print(s.d, vars(s))
