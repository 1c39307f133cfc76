# Built-ins and library functions that call Python functions, lambdas, bound methods and classes.
import functools
import itertools
from collections import defaultdict
from functools import reduce, partial, lru_cache, cmp_to_key, wraps


class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __repr__(self):
        return f"Celsius({self.degrees})"

    def warmer(self, by):
        return Celsius(self.degrees + by)


class Scaler:
    def __init__(self, k):
        self.k = k

    def scale(self, x):
        return x * self.k

    def __call__(self, x):
        return x + self.k


def square(x):
    return x * x


print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(map(square, range(5))))
print(list(map(lambda a, b: a - b, [10, 20, 30], [1, 2])))
print(list(map(Celsius, [0, 37])))
s = Scaler(3)
print(list(map(s.scale, [1, 2])), list(map(s, [1, 2])))
print(list(map(str, [1, 2])), list(map(abs, [-1, 2])))
print(list(filter(lambda w: len(w) > 3, ["a", "tree", "house", "on"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
evens = filter(lambda n: n % 2 == 0, range(10))
print(next(evens), next(evens), list(evens))
print(reduce(lambda acc, x: acc * x, range(1, 8)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(functools.reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base**exp


cube = partial(power, exp=3)
print(cube(2), cube(5), partial(power, 2)(10), partial(power, 2, mod=7)(10))
print(cube.func is power, cube.args, cube.keywords)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
calls = []


@functools.lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(calls, slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())


@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(40))


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(max(words, key=cmp_to_key(by_length_then_reverse)))


def logged(f):
    @wraps(f)
    def inner(*args):
        print("calling", f.__name__, args)
        return f(*args)

    return inner


@logged
def add(a, b):
    return a + b


print(add(2, 3))
print(list(itertools.accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
for key, group in itertools.groupby(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0]):
    print(key, list(group))
for key, group in itertools.groupby([1, 1, 2, 3, 3, 3]):
    print(key, len(list(group)))
print(list(itertools.starmap(lambda a, b: a * b, [(2, 3), (4, 5)])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 3, range(10))))
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "c")]:
    graph[a].append(b)
print(dict(graph))
counts = defaultdict(lambda: 100)
counts["x"] += 1
counts["y"]
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
nested["a"]["c"] += 1
print({k: dict(v) for k, v in nested.items()})
temps = [Celsius(30), Celsius(12), Celsius(25)]
print(sorted(temps, key=lambda c: c.degrees), min(temps, key=lambda c: c.degrees))
print([t.warmer(1) for t in temps])
try:
    map(lambda: 1)
except TypeError as e:
    print("map:", e)
