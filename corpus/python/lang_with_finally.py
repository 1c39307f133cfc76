# `with` (enter, exit, exceptions passed to __exit__, suppression) and return/break/continue
# leaving `try ... finally` and `with` blocks.


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", kind.__name__, value)
        return self.suppress


with Resource("a") as r:
    print("inside", r.name)

with Resource("outer"), Resource("inner") as i:
    print("nested", i.name)

with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after quiet")

try:
    with Resource("loud"):
        x = 1 // 0
except ZeroDivisionError as e:
    print("caught", e)


def find(items, wanted):
    for i, item in enumerate(items):
        with Resource(item):
            if item == wanted:
                return i
    return -1


print(find(["p", "q", "r"], "q"))


def loop_with_finally():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out


print(loop_with_finally())


def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("first finally")
    finally:
        print("second finally")


print(nested_finally())


def finally_overrides():
    try:
        return 1
    finally:
        return 2


print(finally_overrides())


def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed " + str(i)


print(swallow())


def while_loop():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                break
        finally:
            print("tick", n)
    return n


print(while_loop())


def except_return():
    try:
        int("x")
    except ValueError:
        return "from except"
    finally:
        print("finally after except")


print(except_return())
