# Functions: positional args, defaults, recursion, functions as values, globals.
def add(a, b=10, c=100):
    return a + b + c

print(add(1), add(1, 2), add(1, 2, 3))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(10), fact(25))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

def apply(f, x):
    return f(x)

def double(x):
    return 2 * x

print(apply(double, 21), apply(fact, 5), apply(lambda v: v - 1, 0))
ops = [double, fact, abs]
print([f(-3 if f is abs else 4) for f in ops])

counter = 0
def bump(by=1):
    global counter
    counter += by
    return counter

bump()
bump(5)
print(counter)

def noreturn():
    pass

print(noreturn())
