# try/except/else/finally, exception classes and tuples, re-raise, RecursionError, an uncaught user exception.
class AppError(Exception):
    pass

def risky(n):
    if n == 1:
        raise ValueError("bad value")
    if n == 2:
        raise AppError("app failed", 2)
    if n == 3:
        return [1][5]
    if n == 4:
        return {}["k"]
    if n == 5:
        return undefined_name
    if n == 6:
        return int("xyz")
    return n

for i in range(8):
    try:
        print("ok", risky(i))
    except (ValueError, KeyError) as e:
        print("value/key", "-", e)
    except AppError as e:
        print("app", e, e.args)
    except Exception as e:
        print("other", e)
    else:
        print("else", i)
    finally:
        print("finally", i)

def nested():
    try:
        try:
            1 / 0
        except KeyError:
            print("wrong")
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer caught")
    try:
        raise KeyError("x")
    except KeyError:
        try:
            raise
        except KeyError as e:
            print("reraised", repr(e))

nested()

def deep(n):
    return deep(n + 1)

try:
    deep(0)
except RecursionError as e:
    print("recursion", e)
raise AppError("final")
