# Generator expressions as values: arguments of methods and built-ins, loops, next(), closures.

def f(xs, k):
    return "-".join(str(x * k) for x in xs if x > 0)
print(f([1, -2, 3], 10))
g = (c.upper() for c in "abc")
print(next(g), list(g))
print(sum(x for x in range(5)), any(x > 3 for x in range(5)))
def nested(m):
    return [list(a * b for b in range(m)) for a in range(m)]
print(nested(3))
total = 0
for sq in (i * i for i in range(4)):
    total += sq
print(total)
print(dict((k, len(k)) for k in ["aa", "b"]))
print(max((len(w), w) for w in "the quick brown".split()))
