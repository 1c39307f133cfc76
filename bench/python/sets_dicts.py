# Hash tables: a dict word count and set algebra over ints (the library's hashed dict and
# CPython-ordered set).
counts = {}
for i in range(60000):
    k = (i * 7919) % 5003
    counts[k] = counts.get(k, 0) + 1
evens = set()
for i in range(0, 40000, 2):
    evens.add(i)
threes = {i for i in range(0, 40000, 3)}
both = evens & threes
either = evens | threes
print(len(counts), max(counts.values()), len(both), len(either), sum(both) % 1000003)
