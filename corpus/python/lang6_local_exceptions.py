# Exception classes defined inside functions (a name ending in "Error" that is a local is the
# local class, not a built-in), their reprs (BaseException's: the class's name and args, also for
# module-level classes), `except` matching along the local hierarchy, and the uncaught report
# naming the class by its qualified name.
class TopError(Exception):
    pass


try:
    raise TopError("top", 2)
except TopError as e:
    print(repr(e), str(e), e.args)


def test():
    class MyError(Exception):
        pass

    class Sub(MyError):
        def __str__(self):
            return "sub!"

    class Quiet(MyError):
        def __repr__(self):
            return "Quiet!"

    print(Sub.__mro__, issubclass(Sub, MyError))
    try:
        raise Sub("x")
    except MyError as e:
        print(repr(e), type(e).__name__, str(e), isinstance(e, Exception))
    print(MyError("m"), repr(MyError()), repr(Quiet(1)), [MyError("in list")])
    raise MyError("uncaught")


test()
