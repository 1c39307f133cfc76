# NotImplemented from special methods: the reflected method next, then TypeError (or identity for ==).
class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x
    def __lt__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x < other.x
    def __repr__(self):
        return f"Vec({self.x})"
class Meters:
    def __init__(self, m):
        self.m = m
    def __radd__(self, other):
        if isinstance(other, Vec):
            return Vec(other.x + self.m)
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented
print(Vec(1) + Vec(2), sum([Vec(1), Vec(2)]), Vec(1) + Meters(5))
print(Vec(1) == Vec(1), Vec(1) == 1, Vec(1) != 1, Vec(1) != Vec(2), Meters(1) == Meters(1))
m = Meters(1)
print(m == m, m != m)
v = Vec(3)
v += Vec(4)
print(v, sorted([Vec(3), Vec(1)]))
try:
    Vec(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    v += 1
except TypeError as e:
    print("TypeError:", e)
