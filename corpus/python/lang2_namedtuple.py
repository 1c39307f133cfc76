# collections.namedtuple, and unpacking generators and objects with __iter__.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
Color = namedtuple("Color", "red green blue", defaults=[0])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p))
x, y = p
print(x + y, p == Point(3, 4), p == (3, 4), p != Point(4, 3), 3 in p)
print(p._replace(y=10), p._asdict(), Point._fields)
print(Color(1, 2), Color(red=5, green=6, blue=7), Color(1, green=2))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max([Point(2, 1), Point(1, 5)]), p.count(3), p.index(4))
print([pt.x * pt.y for pt in [Point(1, 2), Point(3, 4)]])
print(f"{p}", str(p), repr(p), type(p).__name__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


def pair():
    yield "left"
    yield "right"


a, b = pair()
print(a, b)
first, *rest = pair()
print(first, rest)


class Triple:
    def __iter__(self):
        return iter([1, 2, 3])


i, j, k = Triple()
print(i, j, k)
try:
    a, b = Triple()
except ValueError as e:
    print("ValueError:", e)
