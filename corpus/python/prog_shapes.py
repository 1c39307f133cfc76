# A shape hierarchy: abstract methods via NotImplementedError, properties, class and static
# methods, __eq__/__lt__ used directly, sorting by key, and a registry by class attribute.
import math


class Shape:
    registry = {}
    sides = 0

    @classmethod
    def register(cls, kind):
        Shape.registry[kind.__name__.lower()] = kind
        return kind

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def perimeter(self):
        raise NotImplementedError(type(self).__name__ + ".perimeter")

    @property
    def ratio(self):
        return self.area() / self.perimeter()

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f}, perimeter={self.perimeter():.2f})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def key(self):
        return (self.r,)


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def key(self):
        return (self.w, self.h)

    @staticmethod
    def square(side):
        return Rect(side, side)


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"no triangle with sides {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self):
        return self.a + self.b + self.c

    def key(self):
        return tuple(sorted((self.a, self.b, self.c)))


for kind in (Circle, Rect, Triangle):
    Shape.register(kind)
print(sorted(Shape.registry))
shapes = [Circle(1), Rect(2, 3), Rect.square(2), Triangle(3, 4, 5), Circle(0.5), Triangle(5, 4, 3)]
for s in shapes:
    print(s, "ratio %.3f" % s.ratio, "sides", s.sides)
by_area = sorted(shapes, key=lambda s: s.area())
print([type(s).__name__ for s in by_area])
print(shapes[3] == shapes[5], shapes[1] == Rect(3, 2), shapes[0] < shapes[1], shapes[1] < shapes[4])
made = Shape.registry["rect"](4, 5)
print(made, made.key())
for args in ((1, 2, 3), (2, 2, 3)):
    try:
        print(Triangle(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(f"total area {sum(s.area() for s in shapes):.4f}")
