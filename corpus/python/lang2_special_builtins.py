# Special methods called from inside built-in operations: sorting, min/max, heapq, bisect,
# membership, equality of containers, index/count/remove.
import bisect
import heapq


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __repr__(self):
        return "v" + self.text


versions = [Version(t) for t in ["1.10", "1.2", "0.9", "1.2.1", "1.2"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions), max(versions[0], versions[1]))
print(min([], default="none"), max(versions, key=lambda v: v.parts[-1]))
versions.sort()
print(versions)
print(Version("1.2") in versions, Version("3.0") in versions, Version("3.0") not in versions)
print(versions.index(Version("1.2")), versions.count(Version("1.2")), (Version("0.9"),).count(Version("0.9")))
versions.remove(Version("1.2"))
print(versions)
try:
    versions.index(Version("7"))
except ValueError as e:
    print("ValueError:", e)
try:
    versions.remove(Version("7"))
except ValueError as e:
    print("ValueError:", e)
print([Version("1.0")] == [Version("1.0")], [Version("1.0")] != [Version("1.0")])
print((1, Version("2")) == (1, Version("2")), {"k": [Version("1")]} == {"k": [Version("1")]})
print((Version("1"), 2) < (Version("1"), 3), [Version("2")] > [Version("1")])
print(sorted([(2, Version("1.0")), (1, Version("9")), (2, Version("0.5"))]))


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


heap = []
for p, n in [(5, "write"), (1, "plan"), (3, "test"), (2, "design"), (4, "ship")]:
    heapq.heappush(heap, Task(p, n))
print(heap)
print([heapq.heappop(heap).name for _ in range(3)], heap)
tasks = [Task(9, "a"), Task(7, "b"), Task(8, "c"), Task(1, "d")]
heapq.heapify(tasks)
print(tasks, heapq.heapreplace(tasks, Task(5, "e")), heapq.heappushpop(tasks, Task(0, "f")))
pairs = [(2, Task(2, "x")), (1, Task(1, "y"))]
heapq.heapify(pairs)
print(heapq.heappop(pairs))
ordered = [Version("1.0"), Version("1.5"), Version("2.0")]
print(bisect.bisect_left(ordered, Version("1.5")), bisect.bisect_right(ordered, Version("1.5")))
bisect.insort(ordered, Version("1.7"))
bisect.insort_left(ordered, Version("0.1"))
print(ordered)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __gt__(self, other):
        return self.cents > other.cents

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


wallet = [Money(500), Money(125), Money(999)]
print(sorted(wallet), max(wallet), Money(125) in wallet)
