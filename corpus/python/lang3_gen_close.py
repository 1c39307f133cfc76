def g():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
x = g()
print(next(x))
x.close()
print(list(x))
x.close()
def h():
    yield 1
    return 5
def k():
    r = yield from h()
    print("r", r)
for v in k(): print(v)
it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print("val", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again", e.value, e.args)
def stubborn():
    for _ in range(2):
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(s, "end"))
def bad():
    yield 1
    raise StopIteration("x")
try:
    for v in bad():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e)
def raiser():
    yield 1
    raise ValueError("v")
r = raiser()
next(r)
try:
    next(r)
except ValueError as e:
    print("VE", e)
print(next(r, "done"))
def w():
    with open_ctx() as c:
        yield c
class open_ctx:
    def __enter__(self): print("enter"); return 3
    def __exit__(self, *a): print("exit", a[0]); return False
ww = w()
print(next(ww))
ww.close()
def fresh():
    yield 1
f = fresh()
f.close()
print(list(f))
def last():
    yield 1
    raise StopIteration
for v in last():
    print(v)
