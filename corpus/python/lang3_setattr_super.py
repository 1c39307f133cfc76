# __setattr__ and __delattr__ see every store, also repeated stores and stores in __init__ of
# many instances (a VM fast path for attribute stores must not bypass them).


class Logged:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


class Child(Logged):
    def move(self, dx):
        self.x = self.x + dx
        self.x += dx


for i in range(3):
    p = Logged(i, i * 2)
    p.x = 10 + i
    p.x = 20 + i
    print(p.x, p.y, vars(p))

c = Child(1, 2)
c.move(5)
c.z = 7
del c.z
print(vars(c))


class Validated:
    def __setattr__(self, name, value):
        if value < 0:
            raise ValueError(f"{name} must be >= 0, got {value}")
        super().__setattr__(name, value)


v = Validated()
v.a = 1
v.a = 2
try:
    v.a = -1
except ValueError as e:
    print("rejected:", e)
print(v.a)
for k in range(3):
    w = Validated()
    w.a = k
    try:
        w.a = -k - 1
    except ValueError as e:
        print("rejected:", e)
    print(w.a)
