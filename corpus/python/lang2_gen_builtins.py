# Generators handed to built-ins that take them one item at a time.
def countdown(n):
    while n > 0:
        print("  yield", n)
        yield n
        n -= 1


def letters():
    yield "a"
    yield "b"
    yield "c"


for i, x in enumerate(countdown(3)):
    print(i, x)
for i, x in enumerate(letters(), 1):
    print(i, x)
for n, ch in zip(countdown(5), letters()):
    print(n, ch)
print(list(zip(letters(), range(10), letters())))
print(any(x > 1 for x in [0, 1, 2]), any(countdown(2)), all(countdown(2)))
print(all(x < 3 for x in countdown(4)))
print(list(map(lambda s: s.upper(), letters())))
print(dict(zip(letters(), countdown(3))))
squares = map(lambda x: x * x, countdown(3))
print(next(squares))
print(list(squares))
print(sum(filter(lambda x: x % 2, countdown(5))))
print(sorted(map(str, countdown(2))))
