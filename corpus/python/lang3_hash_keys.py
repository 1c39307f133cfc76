class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
d = {P(1, 2): "a"}
print(d[P(1, 2)], P(1, 2) in d, P(2, 1) in d, P(2, 1) not in d)
d[P(1, 2)] = "b"
d[P(3, 4)] = "c"
print(d, len(d))
print(d.get(P(3, 4)), d.get(P(9, 9), "none"))
del d[P(1, 2)]
print(d)
s = {P(1, 1), P(1, 1), P(2, 2)}
print(len(s), sorted(s, key=lambda p: p.x))
s.add(P(2, 2))
s.add(P(5, 5))
print(len(s), P(5, 5) in s)
s.discard(P(5, 5))
print(len(s))
print(hash(P(1, 2)) == hash((1, 2)))
print({P(i % 3, 0) for i in range(10)} == {P(0, 0), P(1, 0), P(2, 0)})
seen = set()
for i in range(6):
    seen.add(P(i // 2, 0))
print(len(seen))
print(len(set([P(1, 1), P(1, 1)])))
class Q:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
try:
    {Q(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Q(1))
except TypeError as e:
    print("TypeError:", e)
class R(Q):
    def __hash__(self): return self.v
print(len({R(1), R(1), R(2)}))
class Plain: pass
a = Plain()
print({a: 1}[a])
counts = {}
for p in [P(1, 1), P(2, 2), P(1, 1)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
class Big:
    def __hash__(self): return 2**70
print(hash(Big()) == hash(2**70))
