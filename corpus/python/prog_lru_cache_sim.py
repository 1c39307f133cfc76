# An LRU cache built on OrderedDict, driven by a seeded random workload; stats by Counter.
import random
from collections import OrderedDict, Counter


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(False)
            self.evicted.append(old)

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "LRUCache(%d/%d: %s)" % (len(self), self.capacity, list(self.data))


def workload(n, keys, seed):
    random.seed(seed)
    hot = keys[:3]
    for _ in range(n):
        if random.random() < 0.6:
            yield random.choice(hot)
        else:
            yield random.randint(0, 20)


def simulate(capacity):
    cache = LRUCache(capacity)
    seen = Counter()
    for key in workload(200, [1, 2, 3, 4, 5], 42):
        seen[key] += 1
        if cache.get(key) is None:
            cache.put(key, key * key)
    return cache, seen


for cap in (2, 4, 8):
    cache, seen = simulate(cap)
    rate = cache.hits / (cache.hits + cache.misses)
    print(f"capacity {cap}: hits={cache.hits} misses={cache.misses} rate={rate:.3f}")
    print("   ", cache)
    print("    evicted first:", cache.evicted[:6], "total", len(cache.evicted))
print("most common:", seen.most_common(4))
print(3 in cache, 99 in cache)
