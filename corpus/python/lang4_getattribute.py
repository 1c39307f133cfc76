# __getattribute__ overrides: every read of an instance calls it (object.__getattribute__ and
# super().__getattribute__ inside), methods through it, getattr/hasattr, assigned to a class later.
class Logged:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __getattribute__(self, name):
        if name.startswith("secret"):
            return "hidden:" + name
        value = object.__getattribute__(self, name)
        if isinstance(value, int):
            return value * 10
        return value

    def total(self):
        return self.x + self.y


o = Logged()
print(o.x, o.y, o.secret_key, o.total())
o.x = 5
print(o.x, getattr(o, "y"), o.secret2)


class Base:
    def __init__(self):
        self.v = 3


class Child(Base):
    def __getattribute__(self, name):
        if name == "v":
            return -super().__getattribute__(name)
        return super().__getattribute__(name)


c = Child()
print(c.v, c.__class__.__name__)


class Later:
    def __init__(self):
        self.a = 7


late = Later()
print(late.a)


def spy(self, name):
    return "spy:" + name


Later.__getattribute__ = spy
print(late.a, Later().a)
try:
    Logged().missing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(o, "secret_x"), hasattr(o, "nope"), getattr(o, "nope", "dflt"), getattr(o, "x", 0))
