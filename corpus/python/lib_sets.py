# Sets of ints, floats and tuples iterate in CPython's table order; sets of strings are
# printed sorted (CPython randomizes str hashes).
s = {5, 3, 1, 3, 9, 100, 33, 17}
print(s, len(s), 3 in s, 4 in s)
t = set(range(30, 0, -3))
print(t)
print(s | t, s & t, s - t, t - s, s ^ t)
print({x * x for x in range(-5, 6)})
big = set()
for i in range(0, 2000, 37):
    big.add(i * 7919 % 1000)
print(big)
print(set([1.5, 2.0, 2, -1.25, 1e10]), {(1, 2), (3, 4), (1, 2), (0, 0)})
s.add(64)
s.discard(5)
s.remove(100)
print(s, s.pop(), s)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3}, {2, 3}
print(b <= a, b < a, a <= a, a < a, a >= b, a == {3, 2, 1}, a != b)
print(a.union([7, 8], (9,)), a.intersection([2, 9]), a.difference({1}), a.symmetric_difference([3, 4]))
print(a.issubset(range(5)), a.issuperset([1]), a.isdisjoint({9}))
c = set(a)
c.update([10, 11], {12})
c.intersection_update(range(2, 12))
print(c)
c.difference_update([10])
c.symmetric_difference_update({3, 99})
print(c, c.copy())
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f).__name__, f == {1, 2, 3})
print(sorted({"pear", "apple", "fig"} | {"kiwi"}), set(), frozenset())
print(hash(7), hash(-1), hash(2.5), hash((1, 2, 3)), hash(2**70), hash(True), hash(1.0) == hash(1))
print({1, 2} == {2, 1}, bool(set()), bool({0}), sum({1, 2, 3}), max({4, 9, 2}), sorted({3, 1, 2}))
d = {}
for w in "the cat and the hat and the bat".split():
    d.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in d.items()})
u = set()
for i in range(100):
    u.add(i)
for i in range(0, 100, 2):
    u.discard(i)
print(u)
for i in range(200, 230):
    u.add(i)
print(u)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
e = {1, 2, 3, 40, 50}
e.clear()
e.update({7, 8})
print(e, len(e))
g = set(range(0, 60, 3))
g.difference_update({0, 3, 6}, [9, 12])
print(g)
g.intersection_update(range(20, 50))
print(g)
