# Built-ins: issubclass, map of built-in functions, min/max default=, int(base=),
# KeyError's message and args, dict.fromkeys, sys.exit forms through the runtime's sys.
class A:
    pass
class B(A):
    pass
class MyErr(KeyError):
    pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, object))
print(issubclass(bool, int), issubclass(int, (str, int)), issubclass(KeyError, LookupError))
print(issubclass(MyErr, LookupError), issubclass(MyErr, ValueError), issubclass(ZeroDivisionError, ArithmeticError))
print(list(map(str, [1, 2, 3])), list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])))
print(list(map(len, ["ab", "c", ""])), list(map(max, [1, 5], [4, 2], [3, 3])), list(map(int, "123")))
print(list(map(str.upper, ["a", "b"])) if False else list(map("-".join, ["ab", "cd"])))
m = map(abs, [-1, -2, -3])
print(next(m), list(m))
print(min([], default=None), max((), default="z"), min([3, 1, 2], default=0), max([3, 1, 2], default=0))
print(int("ff", base=16), int("0o17", base=0), int("z", 36), round(3.14159, ndigits=2), pow(2, 10, mod=1000))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
d = {"present": 1}
for key in ("missing", 42, (1, 2), ""):
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    raise KeyError("x", 1)
except KeyError as e:
    print(repr(e), str(e))
try:
    raise MyErr("custom")
except KeyError as e:
    print(type(e).__name__, str(e))
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("set:", repr(e), e)
try:
    d.pop("nope")
except KeyError as e:
    print("pop:", repr(e), e)
try:
    del d["gone"]
except KeyError as e:
    print("del:", repr(e), e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
import sys
print(sys.maxsize > 2**32, sys.platform, sys.byteorder)
import random
for seed in ("abc", "", "héllo", 2.5, -1.5, b"raw", bytearray(b"ba")):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 1000))
d["last"]
