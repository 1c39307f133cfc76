from collections import defaultdict, Counter, OrderedDict, deque
import collections

words = "the quick brown fox jumps over the lazy dog the fox".split()
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(groups)
print(dict(groups), groups[99], len(groups))
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts["the"], counts["zebra"], sorted(counts.items()))
seen = defaultdict(set)
for i in range(10):
    seen[i % 3].add(i)
print(seen)
c = Counter(words)
print(c)
print(c.most_common(2), c["the"], c["missing"], c.total())
c.update(["fox", "fox", "cat"])
c.subtract({"the": 2})
print(c.most_common(3))
print(sorted(c.elements())[:6])
print(Counter("mississippi"), Counter(), Counter({"a": 2, "b": 5}))
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
od.move_to_end("z")
print(od, list(od.keys()))
od.move_to_end("m", False)
print(od, od.popitem(), od.popitem(False), od)
print(OrderedDict([("x", 1), ("y", 2)]), OrderedDict())
q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 3 in q)
print(q.popleft(), q.pop(), q)
q.extend([7, 8])
q.extendleft([-1, -2])
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q, list(q), sum(q))
window = deque([], 3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print()
print(window, collections.deque("abc"), deque())
bfs = deque([(0, 0)])
dist = {(0, 0): 0}
while bfs:
    x, y = bfs.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx <= 3 and ny <= 3 and (nx, ny) not in dist:
            dist[(nx, ny)] = dist[(x, y)] + 1
            bfs.append((nx, ny))
print(len(dist), dist[(3, 3)])
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
