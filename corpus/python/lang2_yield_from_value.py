# The value of `yield from`: what the delegated-to generator returned.
def inner(n):
    total = 0
    for i in range(n):
        yield i
        total += i
    return total


def outer():
    a = yield from inner(3)
    print("inner returned", a)
    b = yield from [10, 20]
    print("list gives", b)
    c = yield from inner(0)
    print("empty inner returned", c)
    return a + 100


def top():
    r = yield from outer()
    print("outer returned", r)
    yield r


print(list(top()))
g = inner(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("done")
