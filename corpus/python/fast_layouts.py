# Instance layouts learned per class: new instances get their attributes inline when they come
# in the learned order; other orders, more than eight attributes, deletions and a property
# added to the class later take the full path and keep CPython's semantics.
class P:
    def __init__(self, x, y, swap):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def total(self):
        return self.x * 10 + self.y


ps = [P(i, i + 1, i % 3 == 0) for i in range(7)]
print([p.total() for p in ps])
for p in ps:
    p.z = p.x + p.y
print([(p.x, p.y, p.z) for p in ps])


class Wide:
    def __init__(self):
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8
        self.a9 = 9


ws = [Wide() for _ in range(3)]
print(sum(w.a0 + w.a4 + w.a9 for w in ws))
ws[1].a4 = 40
del ws[2].a0
ws[2].a0 = 100
print([(w.a0, w.a4, w.a9) for w in ws])


class Q:
    def __init__(self):
        self.v = 1
        self.w = 2


q1 = Q()
q2 = Q()
del q2.v
q2.w = 20
q2.v = 10
print(q1.v, q1.w, q2.v, q2.w)


class Holder:
    @property
    def w(self):
        return "property w"

    @w.setter
    def w(self, value):
        print("setter called with", value)

    @property
    def v(self):
        return "read-only v"


Q.w = Holder.w
q3 = Q()
print(q3.w, q3.v)
Q.v = Holder.v
try:
    Q()
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __init__(self):
        self.k = 1
        self.m = 2


class Sub(Base):
    @property
    def m(self):
        return "sub property"


for _ in range(2):
    b = Base()
    print(b.k, b.m)
try:
    Sub()
except AttributeError as e:
    print("AttributeError:", e)
