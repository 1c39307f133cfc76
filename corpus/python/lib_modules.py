import string
import bisect
import heapq
import copy
import itertools
import time
from itertools import count, islice

print(string.ascii_lowercase, string.digits, string.punctuation)
print(len(string.printable), string.hexdigits, string.ascii_uppercase[:5])
xs = [1, 3, 3, 5, 8, 13]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 4), bisect.bisect_left(xs, 100))
bisect.insort(xs, 4)
bisect.insort_left(xs, 3)
print(xs)
h = []
for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]:
    heapq.heappush(h, v)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
ys = [15, 3, 9, 1, 12, 7, 4]
heapq.heapify(ys)
print(ys, heapq.heappushpop(ys, 2), heapq.heapreplace(ys, 20), ys)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
tasks = []
heapq.heappush(tasks, (3, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "code"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [[1, 2], [3, 4]]
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(99)
print(b, c, copy.copy({"k": [1]}), copy.deepcopy((1, [2])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefgh", 1, 7, 2)))
print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.repeat("x", 3)))
print(list(islice(itertools.cycle("ab"), 5)))
print(list(itertools.product("ab", [0, 1])), len(list(itertools.product(range(3), range(3), "abc"))))
print(list(itertools.permutations([1, 2, 3])), list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(5), 3)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.pairwise([1, 2, 3, 4])))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.zip_longest([1, 2, 3], "ab")))
for i, c in zip(count(1), "xyz"):
    print(i, c, end="; ")
print()
t0 = time.time()
t1 = time.perf_counter()
print(t0 > 1e9, time.time() >= t0, time.perf_counter() >= t1)
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    math_missing = string.nothing
except AttributeError as e:
    print("AttributeError", e)
