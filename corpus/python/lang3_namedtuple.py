from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p[0], p[-1], len(p), p == (1, 2), (1, 2) == p, p < P(1, 3), p > P(0, 9), p <= (1, 2))
a, b = p
print(a, b, p._replace(x=3), p._asdict(), P._fields, p.x + p.y)
print({p: "v"}[P(1, 2)], hash(p) == hash((1, 2)), len({P(1, 2), P(1, 2)}))
print(isinstance(p, tuple), tuple(p), list(p), p + (3,), max(p), sum(p))
print(sorted([P(2, 1), P(1, 5)]), P(*[7, 8]), P(x=1, y=0))
x, *rest = P(5, 6)
print(x, rest, 5 in p, p.index(2), p.count(1))
print("%s and %s" % p if False else "fmt")
