# Classes: __init__, methods, attributes, class attributes, inheritance, super().
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area()}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self, by=1):
        self.n += by
        return self


shapes = [Shape("blob"), Rect(2, 3), Square(4)]
for s in shapes:
    print(s.describe())
c = Counter()
c.tick().tick(5).tick()
print(c.n, isinstance(c, Counter), isinstance(shapes[2], Rect), isinstance(shapes[1], Square))
print(Square.sides, Rect(1, 1).area(), shapes[2].w)
