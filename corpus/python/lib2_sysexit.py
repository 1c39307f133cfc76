# SystemExit is an exception: caught, finally blocks run; hasattr/getattr/setattr.
import sys
from sys import exit as leave


class P:
    kind = "point"

    def __init__(self):
        self.x = 1


p = P()
print(hasattr(p, "x"), hasattr(p, "y"), hasattr(p, "kind"), hasattr("s", "upper"), hasattr(3, "bit_length"))
print(getattr(p, "x"), getattr(p, "y", 42), getattr(P, "kind"))
setattr(p, "y", 5)
print(p.y, getattr(p, "y"))
try:
    getattr(p, "z")
except AttributeError as e:
    print("AttributeError:", e)
try:
    leave(7)
except BaseException as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(3)
except Exception:
    print("not reached")
except SystemExit as e:
    print("not an Exception", e.code)


def shutdown():
    try:
        sys.exit("fatal: shutting down")
    finally:
        print("cleanup ran")


shutdown()
print("not reached either")
