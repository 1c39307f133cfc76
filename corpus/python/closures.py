# Closures: nonlocal counters, lambdas capturing parameters, nested cells, memoization through a closure.
def make_counter(start=0):
    count = start
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc

c = make_counter(10)
print(c(), c(5), c())
d = make_counter()
print(d(), c())

def adder(n):
    return lambda x: x + n

add3 = adder(3)
print(add3(4), [add3(v) for v in [1, 2]])

def outer():
    x = 1
    def mid():
        def inner():
            return x * 100
        return inner()
    x = 2
    return mid()

print(outer())

def compose(f, g):
    def h(v):
        return f(g(v))
    return h

print(compose(lambda a: a * 2, lambda b: b + 1)(5))
fns = []
for i in range(3):
    fns.append(lambda i=i: i * i)
print([f() for f in fns])

def memo(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapped

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib = memo(slow_fib)
print(fib(80))
