# Generator expressions as arguments of built-ins: any/all stop early, sum/max/sorted/list consume.
seen = []
def big(x):
    seen.append(x)
    return x > 2
print(any(big(x) for x in range(10)), seen)
seen = []
print(all(big(x) for x in [5, 6, 1, 7]), seen)
print(any(x for x in []), all(x for x in []), any(x > 1 for x in [0, 1] if x), all(x for row in [[1, 2], [3, 0]] for x in row))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "bcd"]), sorted(c for c in "cab"), list(x for x in (1, 2)))
