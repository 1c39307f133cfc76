# Decorators of functions, methods and classes; staticmethod, classmethod, property.

calls = []


def logged(f):
    def wrapper(*args, **kwargs):
        calls.append(f.__name__)
        return f(*args, **kwargs)

    return wrapper


def times(n):
    def deco(f):
        def run(x):
            for _ in range(n):
                x = f(x)
            return x

        return run

    return deco


@logged
def add(a, b=10):
    return a + b


@times(3)
def double(x):
    return x * 2


print(add(1), add(1, b=2), double(1), len(calls))

registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


@register
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def describe(x):
        return "temperature " + str(x)

    @classmethod
    def freezing(cls):
        return cls(0)

    @classmethod
    def unit(cls):
        return cls.scale


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(Temperature.describe(5), t.describe(6))
f = Temperature.freezing()
print(f.celsius, Temperature.unit(), t.unit(), registry)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError")


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @classmethod
    def made(cls):
        return cls.count


class Sub(Counter):
    pass


Counter()
Sub()
print(Counter.made(), Sub.made())
