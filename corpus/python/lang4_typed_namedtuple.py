# typing.NamedTuple class syntax: annotated fields with defaults, methods, a __repr__ of the
# class, typing.NamedTuple through the module.
from typing import NamedTuple
import typing


class Point(NamedTuple):
    x: int
    y: int = 5
    label: str = "pt"

    def norm(self):
        return self.x * self.x + self.y * self.y


class Pair(typing.NamedTuple):
    a: str
    b: float

    def __repr__(self):
        return "<" + self.a + ":" + str(self.b) + ">"


q = Point(3)
print(q, q.norm(), q[0], q[1:], len(q), isinstance(q, tuple), q == (3, 5, "pt"))
print(Point(1, 2, "a"), Point(x=7, label="b"), Point._fields, q._replace(y=0), q._asdict())
x, y, lab = q
print(x, y, lab, tuple(q), list(q))
for v in q:
    print(v, end=" ")
print()
print(sorted([Point(2), Point(1, 9)]), Pair("k", 1.5), [Pair("z", 0.0)])
print(type(q).__name__, isinstance(q, Point), Point(1, 1) < Point(1, 2), max(Point(0), Point(4)))
try:
    Point()
except TypeError as e:
    print("TypeError", e)
