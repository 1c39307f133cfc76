# __getattr__ is the fallback of a __getattribute__ that raises AttributeError: for attribute
# reads, method calls, getattr with and without a default, and hasattr.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.misses = 0

    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError("hidden attribute " + name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        self.misses += 1
        if name == "never":
            raise AttributeError("no " + name)
        return getattr(self.target, name)

    def own(self):
        return "own method"


class Target:
    colour = "red"

    def greet(self, who):
        return "hello " + who

    def hidden_ok(self):
        return "hidden reached through __getattr__"


p = Proxy(Target())
print(p.own())
print(p.colour, p.greet("world"))
print(p.hidden_ok())
print(getattr(p, "colour"), getattr(p, "never", "default"))
print(hasattr(p, "never"), hasattr(p, "colour"), hasattr(p, "hidden_ok"))
print("misses", p.misses)
try:
    p.never
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __getattribute__(self, name):
        if name == "missing_in_base":
            raise AttributeError(name)
        return super().__getattribute__(name)


class Child(Base):
    def __getattr__(self, name):
        return "fallback for " + name


c = Child()
print(c.missing_in_base, c.anything)
c.x = 3
print(c.x)


class Strict:
    def __getattribute__(self, name):
        raise KeyError(name)

    def __getattr__(self, name):
        return "not reached"


try:
    Strict().a
except KeyError as e:
    print("KeyError", e)
