# The iterator protocol of user classes: __iter__ and __next__ in for loops, iter() and next().


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for i in Countdown(3):
    print("tick", i)
for a in Countdown(2):
    for b in Countdown(2):
        print(a, b, end="; ")
print()
it = iter(Countdown(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


out = []
for x in Fib(50):
    if x == 2:
        continue
    if x > 20:
        break
    out.append(x)
print(out)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken iterator")


try:
    for x in Broken():
        print(x)
except ValueError as e:
    print("ValueError:", e)
