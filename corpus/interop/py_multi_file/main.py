# A Python program of several files: sibling modules and a package, each compiled as its own
# module, its body run once at the first import (CPython order), __name__ set accordingly.
import util
import pkg.shapes
from pkg.shapes import area
from util import twice as tw
print("main", __name__, util.twice(4), tw(5))
print(area(3, 4), pkg.shapes.perimeter(3, 4))
print(util.apply_all([1, 2, 3]))
f = util.make_scaler(3)
print(f(7), util.call_with(lambda v: v - 1, 10))
if __name__ == "__main__":
    print("main guard")
from util import LIMIT, Point
import util as u
print(LIMIT, u.LIMIT, u.count)
p = Point(3, -4)
q = u.Point(1, 2)
print(p, p.norm1(), q.norm1(), repr(q))
tw2 = u.twice
print([tw2(v) for v in [5, 6]], u.count)
try:
    print(u.missing)
except AttributeError as e:
    print("AttributeError:", e)


def local_imports():
    import util as ut
    from pkg.shapes import perimeter
    return ut.twice(3) + perimeter(1, 1)


def shadowing(util):
    return util + 1


print(local_imports(), shadowing(41))
