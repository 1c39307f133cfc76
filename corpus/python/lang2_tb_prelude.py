# An exception raised in a function that a built-in (map, sorted of objects) called: the
# traceback shows the program's frames only, as CPython's does.
from functools import reduce


def invert(x):
    return 1 / x


print(reduce(lambda a, b: a + b, map(invert, [1, 2, 4])))
values = [5, 2, 0, 1]
print(list(map(invert, values)))
