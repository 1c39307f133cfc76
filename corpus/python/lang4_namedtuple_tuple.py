# namedtuple instances used as tuples: slicing, *p in calls, len/tuple/list, == with tuples,
# isinstance, repetition and concatenation, starred unpacking.
from collections import namedtuple
P = namedtuple("P", "x y z", defaults=[0])
p = P(1, 2)
print(p[1:], p[::-1], p[:2] == (1, 2), len(p), tuple(p), list(p))
print(p == (1, 2, 0), (1, 2, 0) == p, p != (1, 2, 1))
print(isinstance(p, tuple), isinstance(p, P), type(p).__name__)
def f(*args):
    return args
print(f(*p), f(0, *p, 9), max(*p), min(*P(5, 6, 7)))
print(p * 2, 2 * p, p + (4,), (0,) + p)
a, *rest = p
print(a, rest)
