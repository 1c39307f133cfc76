# Tuples holding instances with __hash__ as dict keys and set members, and str.format of
# objects with __format__, __str__ and __repr__.
class P:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return isinstance(other, P) and other.x == self.x

    def __repr__(self):
        return "P(%r)" % self.x

    def __format__(self, spec):
        return "P<%s|%s>" % (self.x, spec)


d = {}
d[(P(1), 2)] = "a"
d[(P(1), 2)] = "b"
d[(P(2), "x")] = "c"
print(len(d), d[(P(1), 2)], (P(2), "x") in d, (P(3), "x") in d, d.get((P(9), 0), "none"))
print(d)
del d[(P(1), 2)]
print(d)
s = {(P(3), "k"), (P(3), "k"), (P(4), (P(5), 6))}
print(len(s), (P(3), "k") in s, (P(4), (P(5), 6)) in s, (P(4), (P(5), 7)) in s)
print(hash((P(1), 2)) == hash((1, 2)), hash((P(7),)) == hash((7,)))
counts = {}
for k in [(P(1), 1), (P(2), 2), (P(1), 1)]:
    counts[k] = counts.get(k, 0) + 1
print(counts)


class S:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "S!%s" % self.v

    def __repr__(self):
        return "S?%s" % self.v


print("{} and {:>12} and {!r}".format(P(1), P(2), P(3)))
print("{0:x} {0} {1!s} {1!r} {1}".format(P(4), S(5)))
print("{} {:>4} {:.2f} {}".format(S(1), 5, 2.5, "text"))
print("{0.v} {1[0]} {2[k]} {{braces}} {3:{4}}".format(S(7), [S(8)], {"k": S(9)}, P(10), "w"))
print("{:>6}|{:<4}|".format("ab", 1), "{}".format(S("plain")))
