# Closures whose free names appear only in keyword arguments, comprehension iterables and
# conditions, and `with` items of the enclosing function (a scope-analysis regression).


class Tag:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    def __enter__(self):
        self.log.append("<" + self.name + ">")
        return self

    def __exit__(self, *exc):
        self.log.append("</" + self.name + ">")
        return False


def rank(scores):
    return sorted(scores, key=lambda name: (-scores[name], name))


def best_and_worst(table):
    best = max(table, key=lambda k: sum(table[k]))
    worst = min(table, key=lambda k: sum(table[k]) / len(table[k]))
    return best, worst


def filtered(rows, limit):
    def above():
        return [r for r in rows if r > limit]

    def pairs():
        return [(a, b) for a in rows for b in range(limit) if a + b == limit]

    return above(), pairs()


def tagged(names):
    log = []

    def emit(name):
        with Tag(log, name):
            log.append(name.upper())

    for n in names:
        emit(n)
    return log


def counters():
    total = 0
    seen = []

    def add(x, times=1):
        nonlocal total
        total += x * times
        seen.append(x)
        return total

    add(3)
    add(4, times=2)
    print("total", total, "seen", seen)
    return lambda: (total, len(seen))


scores = {"ann": 7, "bo": 9, "cy": 7, "di": 3}
print(rank(scores))
print(best_and_worst({"x": [1, 2, 3], "y": [10], "z": [2, 2, 2, 2]}))
print(filtered([1, 5, 8, 2, 9], 6))
print(tagged(["a", "bc"]))
peek = counters()
print(peek())
limit = 100
print([y for y in (x * x for x in range(20)) if y > limit][:3])
