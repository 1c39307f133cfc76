# The rootvm Python prelude (docs/python.md, "The prelude"): the built-ins that must call
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
    if isinstance(a, (set, frozenset)) or isinstance(b, (set, frozenset)):
        raise NotImplementedError("== of sets holding objects with __eq__ (not supported yet)")
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
    key = _kw(kw, "key", None)
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


def p_map(args, kw):
    f = args[0]
    if len(args) == 2:
        for x in args[1]:
            yield f(x)
        return
    its = [iter(a) for a in args[1:]]
    while True:
        values = []
        for it in its:
            done = False
            try:
                values.append(next(it))
            except StopIteration:
                done = True
            if done:
                return
        yield f(*values)


def p_filter(args, kw):
    f = args[0]
    for x in args[1]:
        if f is None:
            if x:
                yield x
        elif f(x):
            yield x


def p_zip(args, kw):
    its = [iter(a) for a in args]
    if not its:
        return
    while True:
        values = []
        for it in its:
            done = False
            try:
                values.append(next(it))
            except StopIteration:
                done = True
            if done:
                return
        yield tuple(values)


def p_enumerate(args, kw):
    i = args[1] if len(args) > 1 else _kw(kw, "start", 0)
    for x in args[0]:
        yield (i, x)
        i += 1


def p_any(args, kw):
    for x in args[0]:
        if x:
            return True
    return False


def p_all(args, kw):
    for x in args[0]:
        if not x:
            return False
    return True


def p_reduce(args, kw):
    f = args[0]
    it = iter(args[1])
    if len(args) > 2:
        acc = args[2]
    else:
        empty = False
        try:
            acc = next(it)
        except StopIteration:
            empty = True
        if empty:
            raise TypeError("reduce() of empty iterable with no initial value")
    for x in it:
        acc = f(acc, x)
    return acc


class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)


def p_partial(args, kw):
    if kw is None:
        return partial(*args)
    return partial(*args, **kw)


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % (
            self.hits,
            self.misses,
            self.maxsize,
            self.currsize,
        )


class _LruWrapper:
    def __init__(self, func, maxsize):
        self.__wrapped__ = func
        self.maxsize = maxsize
        self.cache = {}
        self.hits = 0
        self.misses = 0

    def __call__(self, *args, **kw):
        key = args
        if kw:
            key = (args, tuple(kw.items()))
        cache = self.cache
        if key in cache:
            self.hits += 1
            value = cache[key]
            if self.maxsize is not None:
                del cache[key]
                cache[key] = value
            return value
        self.misses += 1
        value = self.__wrapped__(*args, **kw)
        if self.maxsize is None or self.maxsize > 0:
            cache[key] = value
            if self.maxsize is not None and len(cache) > self.maxsize:
                for oldest in cache:
                    del cache[oldest]
                    break
        return value

    def cache_info(self):
        return _CacheInfo(self.hits, self.misses, self.maxsize, len(self.cache))

    def cache_clear(self):
        self.cache = {}
        self.hits = 0
        self.misses = 0


def p_lru_cache(args, kw):
    maxsize = _kw(kw, "maxsize", 128)
    if len(args) == 1 and not isinstance(args[0], int) and args[0] is not None:
        return _LruWrapper(args[0], 128)
    if len(args) == 1:
        maxsize = args[0]

    def decorating(func):
        return _LruWrapper(func, maxsize)

    return decorating


def p_cache(args, kw):
    return _LruWrapper(args[0], None)


class _CmpKey:
    def __init__(self, cmp, obj):
        self.cmp = cmp
        self.obj = obj

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0


def p_cmp_to_key(args, kw):
    cmp = args[0]

    def key(obj):
        return _CmpKey(cmp, obj)

    return key


def p_wraps(args, kw):
    def decorating(func):
        return func

    return decorating


def p_accumulate(args, kw):
    func = args[1] if len(args) > 1 else _kw(kw, "func", None)
    initial = _kw(kw, "initial", None)
    acc = initial
    first = initial is None
    if not first:
        yield acc
    for x in args[0]:
        if first:
            acc = x
            first = False
        elif func is None:
            acc = acc + x
        else:
            acc = func(acc, x)
        yield acc


def p_groupby(args, kw):
    key = args[1] if len(args) > 1 else _kw(kw, "key", None)
    group = []
    current = None
    first = True
    for x in args[0]:
        k = x if key is None else key(x)
        if first:
            current = k
            first = False
        elif not _eq(k, current):
            yield (current, iter(group))
            group = []
            current = k
        group.append(x)
    if not first:
        yield (current, iter(group))


def p_starmap(args, kw):
    f = args[0]
    for xs in args[1]:
        yield f(*xs)


def p_takewhile(args, kw):
    f = args[0]
    for x in args[1]:
        if not f(x):
            return
        yield x


def p_dropwhile(args, kw):
    f = args[0]
    dropping = True
    for x in args[1]:
        if dropping and f(x):
            continue
        dropping = False
        yield x


def p_filterfalse(args, kw):
    f = args[0]
    for x in args[1]:
        if f is None:
            if not x:
                yield x
        elif not f(x):
            yield x


def p_missing(args, kw):
    value = args[2]()
    args[0][args[1]] = value
    return value


# heapq and bisect as CPython's heapq.py and bisect.py write them (for heaps of objects with
# __lt__, or tuples holding them).
def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if _lt(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not _lt(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def p_heappush(args, kw):
    heap = args[0]
    heap.append(args[1])
    _siftdown(heap, 0, len(heap) - 1)


def p_heappop(args, kw):
    heap = args[0]
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def p_heapify(args, kw):
    x = args[0]
    i = len(x) // 2 - 1
    while i >= 0:
        _siftup(x, i)
        i -= 1


def p_heapreplace(args, kw):
    heap = args[0]
    returnitem = heap[0]
    heap[0] = args[1]
    _siftup(heap, 0)
    return returnitem


def p_heappushpop(args, kw):
    heap = args[0]
    item = args[1]
    if heap and _lt(heap[0], item):
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def _bounds(args, kw):
    a = args[0]
    lo = args[2] if len(args) > 2 else _kw(kw, "lo", 0)
    hi = args[3] if len(args) > 3 else _kw(kw, "hi", None)
    if hi is None:
        hi = len(a)
    return lo, hi


def p_bisect_left(args, kw):
    a = args[0]
    x = args[1]
    lo, hi = _bounds(args, kw)
    while lo < hi:
        mid = (lo + hi) // 2
        if _lt(a[mid], x):
            lo = mid + 1
        else:
            hi = mid
    return lo


def p_bisect_right(args, kw):
    a = args[0]
    x = args[1]
    lo, hi = _bounds(args, kw)
    while lo < hi:
        mid = (lo + hi) // 2
        if _lt(x, a[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo


def p_insort_left(args, kw):
    args[0].insert(p_bisect_left(args, kw), args[1])


def p_insort_right(args, kw):
    args[0].insert(p_bisect_right(args, kw), args[1])


def p_sum(args, kw):
    total = args[1] if len(args) > 1 else _kw(kw, "start", 0)
    for x in args[0]:
        total = total + x
    return total


def p_binop(args, kw):
    a, b, inplace, forward, reflected, op = args
    if inplace is not None:
        r = inplace(b)
        if not _rootvm.is_notimpl(r):
            return r
    if forward is not None:
        r = forward(b)
        if not _rootvm.is_notimpl(r):
            return r
    if reflected is not None:
        r = reflected(a)
        if not _rootvm.is_notimpl(r):
            return r
    if op == "==":
        return a is b
    ta = type(a).__name__
    tb = type(b).__name__
    if op in ("<", "<=", ">", ">="):
        raise TypeError("'" + op + "' not supported between instances of '" + ta + "' and '" + tb + "'")
    raise TypeError("unsupported operand type(s) for " + op + ": '" + ta + "' and '" + tb + "'")


def p_list(args, kw):
    return [x for x in args[0]]


def p_tuple(args, kw):
    return tuple([x for x in args[0]])


def p_unpack(args, kw):
    return _rootvm.unpack([x for x in args[0]], args[1])


# collections.namedtuple: a class made at run time (_rootvm.make_class) whose methods are these
# functions; the values live in the instance's tuple `_tuple`. Instances are unhashable here.
def _nt_init(self, *values, **named):
    fields = self._fields
    defaults = self._field_defaults
    if len(values) > len(fields):
        raise TypeError(
            "%s.__new__() takes %d positional arguments but %d were given" % (self._typename, len(fields) + 1, len(values) + 1)
        )
    out = list(values)
    for name in fields[len(values) :]:
        if name in named:
            out.append(named.pop(name))
        elif name in defaults:
            out.append(defaults[name])
        else:
            raise TypeError("%s.__new__() missing 1 required positional argument: '%s'" % (self._typename, name))
    for name in named:
        if name in fields:
            raise TypeError("%s.__new__() got multiple values for argument '%s'" % (self._typename, name))
        raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (self._typename, name))
    self._tuple = tuple(out)
    i = 0
    for name in fields:
        _rootvm.setattr(self, name, out[i])
        i += 1


def _nt_repr(self):
    parts = []
    i = 0
    for name in self._fields:
        parts.append(name + "=" + repr(self._tuple[i]))
        i += 1
    return self._typename + "(" + ", ".join(parts) + ")"


def _nt_getitem(self, i):
    return self._tuple[i]


def _nt_len(self):
    return len(self._tuple)


def _nt_iter(self):
    return iter(self._tuple)


def _nt_values(other):
    if isinstance(other, tuple):
        return other
    return other._tuple


def _nt_eq(self, other):
    return _eq(self._tuple, _nt_values(other))


def _nt_lt(self, other):
    return _lt(self._tuple, _nt_values(other))


def _nt_replace(self, **changes):
    values = []
    i = 0
    for name in self._fields:
        values.append(changes.pop(name) if name in changes else self._tuple[i])
        i += 1
    if changes:
        raise ValueError("Got unexpected field names: %r" % list(changes))
    return type(self)(*values)


def _nt_asdict(self):
    out = {}
    i = 0
    for name in self._fields:
        out[name] = self._tuple[i]
        i += 1
    return out


def _nt_contains(self, x):
    return p_in((self._tuple, x), None)


def _nt_count(self, x):
    return p_count((self._tuple, x), None)


def _nt_index(self, x):
    return p_tuple_index((self._tuple, x), None)


def p_namedtuple(args, kw):
    typename = args[0]
    fields = args[1] if len(args) > 1 else kw["field_names"]
    if isinstance(fields, str):
        fields = fields.replace(",", " ").split()
    fields = tuple(fields)
    defaults = _kw(kw, "defaults", None)
    field_defaults = {}
    if defaults:
        defaults = tuple(defaults)
        i = len(fields) - len(defaults)
        for d in defaults:
            field_defaults[fields[i]] = d
            i += 1
    attrs = {
        "__init__": _nt_init,
        "__repr__": _nt_repr,
        "__str__": _nt_repr,
        "__getitem__": _nt_getitem,
        "__len__": _nt_len,
        "__iter__": _nt_iter,
        "__eq__": _nt_eq,
        "__lt__": _nt_lt,
        "__contains__": _nt_contains,
        "__hash__": None,
        "_replace": _nt_replace,
        "_asdict": _nt_asdict,
        "count": _nt_count,
        "index": _nt_index,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "_typename": typename,
    }
    return _rootvm.make_class(typename, attrs)


# functools.total_ordering, as CPython's functools.py fills in the missing comparisons.
def _gt_from_lt(self, other):
    r = self.__lt__(other)
    return r if _rootvm.is_notimpl(r) else not r and self != other


def _le_from_lt(self, other):
    r = self.__lt__(other)
    return r if _rootvm.is_notimpl(r) else r or self == other


def _ge_from_lt(self, other):
    r = self.__lt__(other)
    return r if _rootvm.is_notimpl(r) else not r


def _ge_from_le(self, other):
    r = self.__le__(other)
    return r if _rootvm.is_notimpl(r) else not r or self == other


def _lt_from_le(self, other):
    r = self.__le__(other)
    return r if _rootvm.is_notimpl(r) else r and self != other


def _gt_from_le(self, other):
    r = self.__le__(other)
    return r if _rootvm.is_notimpl(r) else not r


def _lt_from_gt(self, other):
    r = self.__gt__(other)
    return r if _rootvm.is_notimpl(r) else not r and self != other


def _ge_from_gt(self, other):
    r = self.__gt__(other)
    return r if _rootvm.is_notimpl(r) else r or self == other


def _le_from_gt(self, other):
    r = self.__gt__(other)
    return r if _rootvm.is_notimpl(r) else not r


def _le_from_ge(self, other):
    r = self.__ge__(other)
    return r if _rootvm.is_notimpl(r) else not r or self == other


def _gt_from_ge(self, other):
    r = self.__ge__(other)
    return r if _rootvm.is_notimpl(r) else r and self != other


def _lt_from_ge(self, other):
    r = self.__ge__(other)
    return r if _rootvm.is_notimpl(r) else not r


_ORDERINGS = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def p_total_ordering(args, kw):
    cls = args[0]
    for root in ("__lt__", "__le__", "__gt__", "__ge__"):
        if _rootvm.has(cls, root):
            for name, func in _ORDERINGS[root]:
                if not _rootvm.has(cls, name):
                    _rootvm.setattr(cls, name, func)
            return cls
    raise ValueError("must define at least one ordering operation: < > <= >=")


_TABLE = {
    "eq": p_eq,
    "lt": p_lt,
    "le": p_le,
    "gt": p_gt,
    "ge": p_ge,
    "in": p_in,
    "sorted": p_sorted,
    "list.sort": p_list_sort,
    "min": p_min,
    "max": p_max,
    "list.index": p_list_index,
    "tuple.index": p_tuple_index,
    "list.count": p_count,
    "tuple.count": p_count,
    "list.remove": p_list_remove,
    "map": p_map,
    "filter": p_filter,
    "zip": p_zip,
    "enumerate": p_enumerate,
    "any": p_any,
    "all": p_all,
    "functools.reduce": p_reduce,
    "functools.partial": p_partial,
    "functools.lru_cache": p_lru_cache,
    "functools.cache": p_cache,
    "functools.cmp_to_key": p_cmp_to_key,
    "functools.wraps": p_wraps,
    "itertools.accumulate": p_accumulate,
    "itertools.groupby": p_groupby,
    "itertools.starmap": p_starmap,
    "itertools.takewhile": p_takewhile,
    "itertools.dropwhile": p_dropwhile,
    "itertools.filterfalse": p_filterfalse,
    "defaultdict.__missing__": p_missing,
    "binop": p_binop,
    "sum": p_sum,
    "unpack": p_unpack,
    "list": p_list,
    "tuple": p_tuple,
    "functools.total_ordering": p_total_ordering,
    "collections.namedtuple": p_namedtuple,
    "heapq.heappush": p_heappush,
    "heapq.heappop": p_heappop,
    "heapq.heapify": p_heapify,
    "heapq.heapreplace": p_heapreplace,
    "heapq.heappushpop": p_heappushpop,
    "bisect.bisect_left": p_bisect_left,
    "bisect.bisect_right": p_bisect_right,
    "bisect.bisect": p_bisect_right,
    "bisect.insort_left": p_insort_left,
    "bisect.insort_right": p_insort_right,
    "bisect.insort": p_insort_right,
}
_rootvm.register(_TABLE)
