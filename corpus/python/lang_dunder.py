# Special methods of user classes: arithmetic with reflected and in-place forms, comparisons,
# containers, truth, calls; all reached from operators in the program.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k * 10, self.y * k * 10)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return self.x * self.x + self.y * self.y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __le__(self, other):
        return abs(self) <= abs(other)

    def __bool__(self):
        return self.x != 0 or self.y != 0


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b))
c = a
c += b
print(c, a, c is a)
print(Vec(1, 1) == Vec(1, 1), Vec(1, 1) != Vec(1, 2), Vec(1, 1) != Vec(1, 1))
print(a < b, b < a, a <= a, b > a, a >= b)
print(bool(Vec(0, 0)), bool(a), not Vec(0, 0))
if Vec(0, 0):
    print("zero is true?")
else:
    print("zero is false")
print(1 < 2 < 3, Vec(1, 0) < Vec(2, 0) < Vec(3, 0))


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __getitem__(self, pos):
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, pos):
        return pos in self.cells

    def __len__(self):
        return len(self.cells)

    def __call__(self, row):
        return "".join([self[(row, i)] for i in range(self.w)])


g = Grid(4, 2)
g[(0, 1)] = "#"
g[(1, 3)] = "@"
g[(1, 0)] = "x"
del g[(1, 0)]
print(g(0), g(1), len(g), (0, 1) in g, (1, 0) in g, (5, 5) not in g)
print(g[(0, 1)], g[(0, 0)])
if g:
    print("grid has", len(g), "cells")
empty = Grid(1, 1)
print("empty grid is", "truthy" if empty else "falsy")


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + other)

    def __radd__(self, other):
        return Money(self.cents + other)

    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).zfill(2)


total = 0
for m in [Money(150), Money(275), Money(5)]:
    total = total + m
print(total, Money(1) + 2, 10 + Money(99))
