# A Python library called from Java (JavaMain through Pylib's native methods).
calls = 0


def collatz_steps(n):
    global calls
    calls += 1
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def shout(s):
    return s.upper() + "!"


def mean(a, b):
    return (a + b) / 2


def big_product(a, b):
    return a * b
