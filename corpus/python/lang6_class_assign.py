# `o.__class__ = C`: the instance keeps its attributes and takes the new class's methods (also
# at a warm method-call site), isinstance and type follow; classes with __setattr__, a
# property or __getattribute__ apply to the moved instance; CPython's TypeErrors otherwise.


class Idle:
    def step(self):
        self.log.append("idle->running")
        self.__class__ = Running

    def state(self):
        return "idle"


class Running:
    def step(self):
        self.log.append("running->idle")
        self.__class__ = Idle

    def state(self):
        return "running"


class Machine(Idle):
    def __init__(self):
        self.log = []


m = Machine()
for _ in range(4):
    print(m.state(), type(m).__name__, isinstance(m, Idle), isinstance(m, Running))
    m.step()
print(m.log)


class Plain:
    def __init__(self):
        self.x = 1


class Loud:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


class Guarded:
    @property
    def x(self):
        return "property x"


class Spy:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)


p = Plain()
p.__class__ = Loud
p.y = 2
print(vars(p))
p.__class__ = Guarded
print(p.x)
p.__class__ = Spy
print(p.y)
setattr(p, "__class__", Plain)
print(p.x, p.y, type(p).__name__, p.__class__ is Plain)


class E(Exception):
    pass


class F(Exception):
    pass


e = E("m")
e.__class__ = F
print(type(e).__name__, e.args, isinstance(e, F))
for target, value in [(p, int), (p, 5), (p, E), (e, Plain), ((1), Plain), ([], Plain), (p, None)]:
    try:
        target.__class__ = value
    except TypeError as err:
        print(err)
try:
    del p.__class__
except TypeError as err:
    print(err)
