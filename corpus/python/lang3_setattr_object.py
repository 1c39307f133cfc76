# object.__setattr__ / __delattr__ / __getattribute__ bypass the class's hooks but honour
# properties; vars() of instances, classes and modules; copies keep their hooks.
import copy
import math


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    @f.setter
    def f(self, value):
        print("f setter", value)
        self.c = (value - 32) * 5 / 9

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)



class Fallback(Temp):
    def __getattr__(self, name):
        return "missing " + name


t = Fallback(100)
t.f = 212
print(t.c, t.f, t.nothing)
object.__setattr__(t, "c", 0)
print(object.__getattribute__(t, "c"), object.__getattribute__(t, "f"))
try:
    object.__getattribute__(t, "nothing")
except AttributeError as e:
    print("AttributeError", e)
print(vars(t))
vars(t)["c"] = 5
print(t.c)
object.__delattr__(t, "c")
print(vars(t), t.c, object.__getattribute__(t, "__class__").__name__)

u = copy.copy(Temp(1))
u.c = 2
print(vars(u))


class Plain:
    def __init__(self, a):
        self.a = a


for i in range(3):
    p = Plain(i)
    p.a += 1
    p.b = i
    print(vars(p))
print("__init__" in vars(Plain), "a" in vars(Plain))
print(vars(math)["pi"])
for bad in [1, "s", [1]]:
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    object.__setattr__(t, 3, 4)
except TypeError as e:
    print("TypeError", e)


class Late:
    pass


late = Late()
late.x = 1


def hook(self, name, value):
    print("late hook", name, value)
    object.__setattr__(self, name, value)


Late.__setattr__ = hook
late2 = Late()
late2.x = 2
late2.x = 3
print(vars(late2))
