class Registry:
    plugins = []

    def __init_subclass__(cls):
        Registry.plugins.append(cls.__name__)


class Alpha(Registry):
    pass


class Beta(Registry):
    pass


class Gamma(Beta):
    pass


print(Registry.plugins)


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)


class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


o = Order(3, 5)
print(o.qty, o.price, o.total(), isinstance(Order.qty, Positive))
o.qty = 10
print(o.total())
try:
    o.price = -1
except ValueError as e:
    print("ValueError:", e)


class Const:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype=None):
        return self.v * 2


class Holder:
    c = Const(21)


print(Holder.c, Holder().c)
