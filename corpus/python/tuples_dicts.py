# Tuples and dicts: unpacking, insertion order, get, items, keys, values, update, pop.
t = (1, "two", 3.0)
a, b, c = t
print(t, len(t), t[1], a, b, c, (1,), (), t + (4,), t.index("two"))
ages = {"bob": 30, "alice": 25}
ages["carol"] = 35
ages["bob"] = 31
print(ages, len(ages), ages["alice"], ages.get("dave"), ages.get("dave", 0), "bob" in ages)
for name, age in ages.items():
    print(name, age)
print(list(ages.keys()), list(ages.values()), sorted(ages))
ages.pop("alice")
ages.update({"eve": 22})
print(ages, ages.setdefault("zed", 1), ages)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
squares = {n: n * n for n in range(5)}
print(squares, {(1, 2): "pair"}[(1, 2)], dict([("k", 1)]), dict(x=1, y=2))
del squares[0]
print(squares, tuple([1, 2]), tuple(range(3)), (1, 2) == (1, 2), (1, 2) < (1, 3))
