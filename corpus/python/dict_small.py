# Dicts around the size where they get a hash index (branch pyattr: small dicts have none):
# growth past it, removal back below it, keys equal across types, instance attributes.
d = {}
for i in range(12):
    d["k%d" % i] = i
    print(len(d), d.get("k0"), d.get("k%d" % i), "k5" in d)
for i in range(0, 12, 2):
    del d["k%d" % i]
print(d, len(d))
d["k0"] = "again"
print(list(d.items()))
for i in range(1, 12, 2):
    d.pop("k%d" % i)
print(d)

m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m)
m[2.5] = "f"
m[(1, 2)] = "t"
m[None] = "n"
print(m[1], m[2.5], m[(1, 2)], m[None], (1, 2) in m, 3 in m)
for k in [10, 11, 12, 13, 14, 15, 16]:
    m[k] = k * k
print(m, m[True], m[1.0])
print({-1: "a", -2: "b"}, hash(-1), hash(-2), hash(2**61), hash(-(2**61) + 5))


class Bag:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


b = Bag(11)
print(b.a0, b.a7, b.a10)
b.a3 = "three"
del b.a0
print(b.a3, hasattr(b, "a0"), b.a9)
name = "".join(["a", "5"])
print(getattr(b, name))
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
