# `yield` inside expressions: arguments, operands, returns, method calls, keyword arguments,
# conditions, `while` tests, `with` items, displays, f-strings, short-circuit operators,
# conditional expressions, chained comparisons, augmented assignments, lambdas; operands before
# the yield are evaluated before it (CPython's order).


def show(*args, **kw):
    print("show", args, sorted(kw.items()))
    return len(args)


def printer():
    while True:
        print("got", (yield))


def adder():
    total = 0
    while True:
        total = total + (yield total)


def calls():
    log = []
    n = show(1, (yield "a"), 3, key=(yield "b"))
    log.append((yield n))
    r = [(yield "c"), (yield "d")]
    d = {"k": (yield "e"), (yield "f"): 2}
    s = f"<{(yield 'g')}|{(yield 'h')!r}>"
    t = ((yield "i"), log)
    return log, r, d, s, t


def ret():
    return (yield 1) * 10


def conditions():
    if (yield "if"):
        print("if true")
    n = 0
    while (yield n):
        n += 1
    else:
        print("while else", n)
    a = (yield "and1") and (yield "and2")
    b = (yield "or1") or (yield "or2")
    c = (yield "then") if n > 1 else (yield "else")
    d = 0 < (yield "cmp1") < (yield "cmp2") < 10
    print("conditions", a, b, c, d)


class Box:
    def __init__(self):
        self.v = 1
        self.items = [0, 0]

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit")


def aug_and_with():
    b = Box()
    b.v += (yield "attr")
    b.items[1] -= (yield "item")
    x = 5
    x *= (yield "name")
    with (yield "ctx") as m:
        print("inside", m is b, b.v, b.items, x)


order = []


def note(v):
    order.append(v)
    return v


def evaluation_order():
    global counter
    counter = 1
    r = note(counter) + (yield "order")
    print("order", r, order)


def drive(gen, values):
    out = [next(gen)]
    try:
        for v in values:
            out.append(gen.send(v))
    except StopIteration as e:
        out.append(("returned", e.value))
    return out


p = printer()
next(p)
p.send("x")
p.send([1, 2])
print(drive(adder(), [1, 2, 3]))
print(drive(calls(), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]))
print(drive(ret(), [4]))
print(drive(conditions(), [True, 1, 1, 0, 0, "", "O2", "T", 5, 7]))
print(drive(conditions(), [False, 0, "A1", "A2", "O1", "E", 50]))
b = Box()
print(drive(aug_and_with(), [10, 3, 4, b]))
g = evaluation_order()
next(g)
counter = 99
try:
    g.send(1)
except StopIteration:
    pass
lam = lambda: (yield 5)
lg = lam()
print(next(lg), lam.__name__, type(lg).__name__)
print(drive((lambda x: (yield x * 2))(21), ["sent"]))

import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def awaits():
    r = show(len("ab"), await val(1)) + (await val(2) if r0 else 0)
    ok = (await val(0)) or (await val("second"))
    while await val(False):
        pass
    else:
        print("awaited while")
    print("awaits", r, ok, 0 < await val(3) < await val(4))


r0 = True
asyncio.run(awaits())
