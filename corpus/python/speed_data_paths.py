# The inline data paths (any.* operations, counted range loops): every case their fast paths
# leave to the runtime must still behave as CPython does.


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, k):
        return self.cells.get(k, 0)

    def __setitem__(self, k, v):
        self.cells[k] = v


class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        return Money(self.c + o.c)

    def __iadd__(self, o):
        self.c += o.c * 10
        return self

    def __mul__(self, k):
        return Money(self.c * k)

    def __neg__(self):
        return Money(-self.c)

    def __repr__(self):
        return "Money(%d)" % self.c


def indexing():
    xs = [10, 20, 30]
    print(xs[0], xs[2], xs[-1], xs[-3], xs[True])
    xs[-1] = 99
    xs[0] += 5
    xs[1] -= 1
    xs[2] *= 2
    print(xs)
    t = (1, 2, 3)
    print(t[1], t[-1], "abc"[1], "abc"[-1], {"a": 1}["a"], range(10)[3], range(10)[-2])
    g = Grid()
    g[1, 2] = 5
    g[1, 2] += 1
    print(g[1, 2], g[0, 0])
    d = {}
    d[2] = 1
    d[2] += 1
    print(d)
    empty = []
    for k in [0, -1, 3, -4]:
        try:
            print(xs[k])
        except IndexError as e:
            print("IndexError", e)
    try:
        empty[0] = 1
    except IndexError as e:
        print("IndexError", e)
    try:
        xs["a"]
    except TypeError as e:
        print("TypeError", e)
    try:
        xs[1.0] = 2
    except TypeError as e:
        print("TypeError", e)
    try:
        xs[2**70]
    except IndexError as e:
        print("IndexError", e)
    big = [0] * 3
    big[2**48 - 2**48] = 2**60
    big[1] = big[0] + 2**50
    print(big, big[-3])


def arithmetic():
    a = 2**47
    b = a + a + a + a
    c = b * b
    print(a, b, c, -b, b - 2**60, c // b, c % 7, b // 3, b % -5)
    m = 2**62
    n = m + m - 1
    print(n, n + 1, -n - 1, -(-n - 1), n * 2, (n + 1) // 2)
    print(7 // 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2, 1 / 4, 3 / -1.5, 10 / 4.0)
    print(1 << 3, 1 << 48, 1 << 100, -5 >> 1, 5 >> 100, 2**80 >> 70, 6 ^ 3, 6 & 3, 6 | 3, True & False, True ^ True, True | 0)
    print(2.0**0.5, 4**0.5, (-8.0) ** 2, 2**-1, 10**20, 0.5**1000)
    for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1 << -1", "1 >> -1", "10.0 ** 400", "'a' - 1"]:
        try:
            print(eval_op(expr))
        except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
            print(type(e).__name__, e)
    s = "ab"
    s += "cd"
    s *= 2
    xs = [1]
    ys = xs
    ys += [2]
    ys *= 2
    print(s, xs, ys, xs is ys)
    m = Money(3)
    k = m
    m += Money(4)
    print(m + Money(1), m * 2, -m, k is m, k)
    print(True + True, 1 + 2.5, 2.5 * 2, 3 - True, -True, 1.5 - 1, 2**0.5 * 2**0.5)


def eval_op(expr):
    a, op, b = expr.split(" ")
    x = float(a) if "." in a else ([] if a == "[]" else (a[1:-1] if a[0] == "'" else int(a)))
    y = float(b) if "." in b else (b[1:-1] if b[0] == "'" else int(b))
    if op == "/":
        return x / y
    if op == "//":
        return x // y
    if op == "%":
        return x % y
    if op == "<<":
        return x << y
    if op == ">>":
        return x >> y
    if op == "**":
        return x**y
    if op == "-":
        return x - y
    return x * y


def loops():
    out = []
    for i in range(5):
        out.append(i)
    for i in range(2, 12, 3):
        out.append(i)
    for i in range(10, 0, -4):
        out.append(i)
    for i in range(3, 3):
        out.append("never")
    for i in range(2**46, 2**48 - 1, 140737488355328):
        out.append(i)
    for i in range(2**48 - 2, 2**48 - 1, 5):
        out.append(i)
    for i in range(-(2**48) + 1, -(2**48), -7):
        out.append(i)
    big = 2**48 - 1
    for i in range(big - 1, big):
        out.append(i + i)
    for i in range(True):
        out.append("bool")
    print(out, i)
    n = 0
    for i in range(100):
        if i % 7 == 0:
            continue
        if i > 50:
            break
        n += i
    else:
        print("not reached")
    print(n, i)
    for i in range(3):
        pass
    else:
        print("else", i)
    r = range(4)
    for i in r:
        n -= i
    print(n)
    for step in [1, 3, -1, -4, 2**47, True]:
        print(step, [i for i in range(10, -10, step)][:5], end=" ")
        out = []
        for i in range(-10, 10, step):
            out.append(i)
        print(out[:5])
    for step in [0, 1.5]:
        try:
            for i in range(3, 9, step):
                pass
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    for bad in [(1.5,), ("3",), (1, 10, 0)]:
        try:
            for i in range(*bad):
                pass
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        for i in range(2.5):
            pass
    except TypeError as e:
        print("TypeError", e)


def shadowed():
    range = lambda n: [n, n]
    return [i for i in range(3)] + [j for j in [7]]


def rebound_loop():
    total = 0
    for i in range(3):
        total += i
    return total


indexing()
arithmetic()
loops()
print(shadowed(), rebound_loop())
xs = [1, 2, 3]
print(xs[3])
