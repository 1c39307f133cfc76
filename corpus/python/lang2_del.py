# del of attributes, names, items and tuples of targets.
class P:
    kind = "p"
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
del p.a
print(hasattr(p, "a") if False else "no a", p.b)
try:
    print(p.a)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.zzz
except AttributeError as e:
    print("AttributeError:", e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def f():
    y = 1
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError")
f()
a, b, c = 1, [1, 2, 3], {"k": 1}
del a, b[0], c["k"]
print(b, c)
del P.kind
print(hasattr(P, "kind") if False else "ok")
