# Generators driven by send(), throw() and close().
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
try:
    avg.send(None)
except StopIteration:
    print("averager finished")


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("echo caught", e)
                received.append("error")
    finally:
        print("echo cleanup", received)


e = echo()
print(next(e), e.send("a"), e.throw(ValueError("bad")), e.send("b"))
try:
    e.throw(LookupError("stop"))
except LookupError as err:
    print("LookupError escaped:", err)


def counter():
    n = 0
    while True:
        yield n
        n += 1


c = counter()
print(next(c), next(c), c.__next__())
c.close()
print(list(c))
try:
    next(c)
except StopIteration:
    print("closed")
fresh = counter()
try:
    fresh.send(5)
except TypeError as err:
    print("TypeError:", err)
try:
    fresh.throw(RuntimeError("early"))
except RuntimeError as err:
    print("RuntimeError:", err)
print(list(fresh))
