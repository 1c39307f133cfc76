# The rootvm Python prelude (docs/python.md, "The prelude"), part 1 (comparisons, sorting,
# membership): the built-ins that must call
# Python code, written in Python, compiled with the program and linked as module
# __rootvm_prelude__. The runtime reaches these functions through call requests
# (runtimes/python/src/prelude.rs): each takes the positional arguments as a tuple and the
# keyword arguments as a dict (or None). Frames of this module are not shown in tracebacks.
import _rootvm


def _kw(kw, name, default):
    if kw is None or name not in kw:
        return default
    return kw[name]


def _seq(a, b):
    return (isinstance(a, tuple) and isinstance(b, tuple)) or (isinstance(a, list) and isinstance(b, list))


def _eq(a, b):
    if a is b:
        return True
    if _seq(a, b):
        if len(a) != len(b):
            return False
        i = 0
        while i < len(a):
            if not _eq(a[i], b[i]):
                return False
            i += 1
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        if len(a) != len(b):
            return False
        for k in a:
            if k not in b or not _eq(a[k], b[k]):
                return False
        return True
    if isinstance(a, (set, frozenset)) and isinstance(b, (set, frozenset)):
        if len(a) != len(b):
            return False
        for x in a:
            if x not in b:
                return False
        return True
    if isinstance(a, (set, frozenset)) or isinstance(b, (set, frozenset)):
        return False
    return a == b


def _lt(a, b):
    if _seq(a, b):
        n = len(a)
        if len(b) < n:
            n = len(b)
        i = 0
        while i < n:
            x = a[i]
            y = b[i]
            if not (x is y or _eq(x, y)):
                return _lt(x, y)
            i += 1
        return len(a) < len(b)
    return a < b


def p_eq(args, kw):
    return _eq(args[0], args[1])


def p_lt(args, kw):
    return _lt(args[0], args[1])


def p_le(args, kw):
    return not _lt(args[1], args[0]) if _seq(args[0], args[1]) else args[0] <= args[1]


def p_gt(args, kw):
    return _lt(args[1], args[0])


def p_ge(args, kw):
    return not _lt(args[0], args[1]) if _seq(args[0], args[1]) else args[0] >= args[1]


def p_in(args, kw):
    for y in args[0]:
        if y is args[1] or _eq(y, args[1]):
            return True
    return False


def _merge_sort(xs):
    n = len(xs)
    if n < 2:
        return xs
    mid = n // 2
    left = _merge_sort(xs[:mid])
    right = _merge_sort(xs[mid:])
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if _lt(right[j], left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    while i < len(left):
        out.append(left[i])
        i += 1
    while j < len(right):
        out.append(right[j])
        j += 1
    return out


def _sort(xs, key, reverse):
    items = list(xs)
    if reverse:
        items.reverse()
    if key is None:
        out = _merge_sort(items)
    else:
        pairs = _merge_sort([_Keyed(key(x), x) for x in items])
        out = [p.value for p in pairs]
    if reverse:
        out.reverse()
    return out


class _Keyed:
    def __init__(self, key, value):
        self.key = key
        self.value = value

    def __lt__(self, other):
        return _lt(self.key, other.key)


def p_sorted(args, kw):
    if len(args) != 1:
        raise TypeError("sorted expected 1 argument, got " + str(len(args)))
    return _sort(args[0], _kw(kw, "key", None), _kw(kw, "reverse", False))


def p_list_sort(args, kw):
    xs = args[0]
    xs[:] = _sort(xs, _kw(kw, "key", None), _kw(kw, "reverse", False))
    return None


def _minmax(name, args, kw):
    if kw is not None:
        for k in kw:
            if k != "key" and k != "default":
                raise TypeError("'" + k + "' is an invalid keyword argument for " + name + "()")
    key = _kw(kw, "key", None)
    if len(args) > 1 and kw is not None and "default" in kw:
        raise TypeError("Cannot specify a default for " + name + "() with multiple positional arguments")
    items = args[0] if len(args) == 1 else args
    first = True
    best = None
    best_key = None
    for x in items:
        k = x if key is None else key(x)
        if first:
            best = x
            best_key = k
            first = False
        elif (name == "max" and _lt(best_key, k)) or (name == "min" and _lt(k, best_key)):
            best = x
            best_key = k
    if first:
        if kw is not None and "default" in kw:
            return kw["default"]
        raise ValueError(name + "() arg is an empty sequence")
    return best


def p_min(args, kw):
    return _minmax("min", args, kw)


def p_max(args, kw):
    return _minmax("max", args, kw)


def p_list_index(args, kw):
    xs = args[0]
    i = 0
    for y in xs:
        if y is args[1] or _eq(y, args[1]):
            return i
        i += 1
    raise ValueError(repr(args[1]) + " is not in list")


def p_tuple_index(args, kw):
    i = 0
    for y in args[0]:
        if y is args[1] or _eq(y, args[1]):
            return i
        i += 1
    raise ValueError("tuple.index(x): x not in tuple")


def p_count(args, kw):
    n = 0
    for y in args[0]:
        if y is args[1] or _eq(y, args[1]):
            n += 1
    return n


def p_list_remove(args, kw):
    xs = args[0]
    i = 0
    for y in xs:
        if y is args[1] or _eq(y, args[1]):
            del xs[i]
            return None
        i += 1
    raise ValueError("list.remove(x): x not in list")


