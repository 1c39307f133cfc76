# The prelude, part 3: heapq/bisect of objects, NotImplemented, unpacking, namedtuple,
# total_ordering, and the table handed to the runtime.


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


def _bisect(args, kw, right):
    a = args[0]
    x = args[1]
    lo, hi = _bounds(args, kw)
    while lo < hi:
        mid = (lo + hi) // 2
        if (not _lt(x, a[mid])) if right else _lt(a[mid], x):
            lo = mid + 1
        else:
            hi = mid
    return lo


def p_bisect_left(args, kw):
    return _bisect(args, kw, False)


def p_bisect_right(args, kw):
    return _bisect(args, kw, True)


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


# An operation whose operands have __index__ (the runtime's `index.rs`): each instance among
# them (the container of an item or slice operation aside) becomes its __index__().
def _as_index(x):
    if x is None or isinstance(x, int):
        return x
    if not hasattr(x, "__index__"):
        return x
    i = x.__index__()
    if not isinstance(i, int):
        raise TypeError("__index__ returned non-int (type %s)" % type(i).__name__)
    return i


def p_index_op(args, kw):
    op = args[0]
    xs = [_as_index(x) for x in args[1]]
    if op == "getitem" or op == "setitem" or op == "delitem" or op == "slice" or op == "set_slice" or op == "del_slice":
        xs[0] = args[1][0]
    if op == "getitem":
        return xs[0][xs[1]]
    if op == "setitem":
        xs[0][xs[1]] = args[1][2]
    elif op == "delitem":
        del xs[0][xs[1]]
    elif op == "slice":
        return xs[0][xs[1] : xs[2] : xs[3]]
    elif op == "set_slice":
        xs[0][xs[1] : xs[2] : xs[3]] = args[1][4]
    elif op == "del_slice":
        del xs[0][xs[1] : xs[2] : xs[3]]
    elif op == "range":
        return range(*xs)
    elif op == "bin":
        return bin(xs[0])
    elif op == "hex":
        return hex(xs[0])
    elif op == "oct":
        return oct(xs[0])
    return None


def p_args_flat(args, kw):
    parts, mask = args
    out = []
    i = 0
    for p in parts:
        if mask >> i & 1:
            for x in p:
                out.append(x)
        else:
            out.append(p)
        i += 1
    return tuple(out)


def p_unpack(args, kw):
    return _rootvm.unpack([x for x in args[0]], args[1])


# collections.namedtuple: a class made at run time (_rootvm.make_class) whose methods are these
# functions; the values live in the instance's tuple `_tuple`; `tuple` is the class's built-in
# base (isinstance(p, tuple)).
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


def _nt_gt(self, other):
    return _lt(_nt_values(other), self._tuple)


def _nt_le(self, other):
    return not _lt(_nt_values(other), self._tuple)


def _nt_ge(self, other):
    return not _lt(self._tuple, _nt_values(other))


def _nt_add(self, other):
    return self._tuple + _nt_values(other)


def _nt_radd(self, other):
    return _nt_values(other) + self._tuple


def _nt_mul(self, n):
    return self._tuple * n


def _nt_hash(self):
    return hash(self._tuple)


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
        "__gt__": _nt_gt,
        "__le__": _nt_le,
        "__ge__": _nt_ge,
        "__contains__": _nt_contains,
        "__hash__": _nt_hash,
        "__add__": _nt_add,
        "__radd__": _nt_radd,
        "__mul__": _nt_mul,
        "__rmul__": _nt_mul,
        "_replace": _nt_replace,
        "_asdict": _nt_asdict,
        "count": _nt_count,
        "index": _nt_index,
        "_fields": fields,
        "_field_defaults": field_defaults,
        "_typename": typename,
    }
    return _rootvm.make_class(typename, attrs, tuple)


# `class P(typing.NamedTuple)`: the frontend makes the class without the base and hands it to
# this, which makes the namedtuple of its annotated fields (a field's class attribute is its
# default) and copies the class's other attributes (methods) to it.
def p_typed_namedtuple(args, kw):
    cls = args[0]
    attrs = vars(cls)
    fields = []
    defaults = []
    if "__annotations__" in attrs:
        for name in attrs["__annotations__"]:
            fields.append(name)
            if name in attrs:
                defaults.append(attrs[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field %s" % (name, fields[-2]))
    nt = p_namedtuple((cls.__name__, fields), {"defaults": defaults})
    for name in attrs:
        if name != "__annotations__" and name not in fields:
            setattr(nt, name, attrs[name])
    if "__repr__" in attrs and "__str__" not in attrs:
        setattr(nt, "__str__", attrs["__repr__"])
    return nt


# functools.total_ordering, as CPython's functools.py fills in the missing comparisons: each
# missing method calls the class's `root` method and, unless that returns NotImplemented,
# finishes with one of these.
def _not(r, self, other):
    return not r


def _not_and_ne(r, self, other):
    return not r and self != other


def _or_eq(r, self, other):
    return r or self == other


def _not_or_eq(r, self, other):
    return not r or self == other


def _and_ne(r, self, other):
    return r and self != other


def _derived(root, finish):
    def method(self, other):
        r = getattr(self, root)(other)
        return r if _rootvm.is_notimpl(r) else finish(r, self, other)

    return method


_ORDERINGS = {
    "__lt__": [("__gt__", _not_and_ne), ("__le__", _or_eq), ("__ge__", _not)],
    "__le__": [("__ge__", _not_or_eq), ("__lt__", _and_ne), ("__gt__", _not)],
    "__gt__": [("__lt__", _not_and_ne), ("__ge__", _or_eq), ("__le__", _not)],
    "__ge__": [("__le__", _not_or_eq), ("__gt__", _and_ne), ("__lt__", _not)],
}


def p_total_ordering(args, kw):
    cls = args[0]
    for root in ("__lt__", "__le__", "__gt__", "__ge__"):
        if _rootvm.has(cls, root):
            for name, finish in _ORDERINGS[root]:
                if not _rootvm.has(cls, name):
                    _rootvm.setattr(cls, name, _derived(root, finish))
            return cls
    raise ValueError("must define at least one ordering operation: < > <= >=")


# generator.close(): GeneratorExit thrown in at the suspended `yield` (its `finally` blocks run).
def p_gen_close(args, kw):
    try:
        args[0].throw(GeneratorExit())
    except GeneratorExit:
        return None
    except StopIteration:
        return None
    raise RuntimeError("generator ignored GeneratorExit")


# next(it, default) of a generator or an object with __next__.
def p_next(args, kw):
    try:
        return next(args[0])
    except StopIteration:
        return args[1]


# Dict and set operations on instances with __hash__ (runtimes/python/src/keyed.rs): the key
# is replaced by the container's equal key, and the runtime redoes the operation with its hash.
def _hash_of(k):
    if isinstance(k, tuple):
        return _rootvm.tuple_hash([hash(x) for x in k])
    r = k.__hash__()
    if not isinstance(r, int):
        raise TypeError("__hash__ method should return an integer")
    if -9223372036854775808 <= r <= 9223372036854775807:
        return -2 if r == -1 else int(r)
    return hash(r)


def p_hash(args, kw):
    return _hash_of(args[0])


def p_keyed(args, kw):
    op = args[0]
    rest = list(args[1:])
    if op == "set":
        s = set()
        for x in rest[0] if rest else ():
            s.add(x)
        return s
    if op == "set.update":
        for x in rest[1]:
            rest[0].add(x)
        return None
    c = rest[0]
    k = rest[1]
    hv = _hash_of(k)
    for x in _rootvm.hash_peers(c, hv):
        if x is k or x == k:
            rest[1] = x
            break
    return _rootvm.keyed(op, hv, rest)


# getattr(o, name, default) and hasattr(o, name) of a property or an object with __getattr__.
def p_getattr(args, kw):
    try:
        return getattr(args[0], args[1])
    except AttributeError:
        if len(args) == 3:
            return args[2]
        raise


def p_hasattr(args, kw):
    try:
        getattr(args[0], args[1])
    except AttributeError:
        return False
    return True


# iter() of an object with __getitem__ but no __iter__.
def p_iter_getitem(args, kw):
    o = args[0]
    i = 0
    while True:
        try:
            v = o[i]
        except IndexError:
            return
        yield v
        i += 1


# After a class body: __set_name__ of its attributes, then the base's __init_subclass__.
def p_class_done(args, kw):
    cls = args[0]
    d = _rootvm.class_dict(cls)
    for name in list(d):
        v = d[name]
        if _rootvm.has(type(v), "__set_name__"):
            v.__set_name__(cls, name)
    if args[1] is not None:
        args[1](cls)


def p_getattribute_or_getattr(args, kw):
    # `o.name` of a class with both `__getattribute__` and `__getattr__`: the second is the
    # fallback when the first raises AttributeError.
    getattribute, getattr_, o, name = args
    try:
        return getattribute(o, name)
    except AttributeError:
        return getattr_(o, name)


def _format_field(field, values, auto):
    # The text of one replacement field of str.format; `auto` is the list [next auto index].
    head, colon, spec = field.partition(":")
    name, bang, conv = head.partition("!")
    end = len(name)
    for i, c in enumerate(name):
        if c == "." or c == "[":
            end = i
            break
    first = name[:end]
    if first == "":
        index = auto[0]
        auto[0] += 1
    else:
        index = int(first)
    if index >= len(values):
        raise IndexError("Replacement index %d out of range for positional args tuple" % index)
    v = values[index]
    rest = name[end:]
    while rest:
        if rest[0] == ".":
            rest = rest[1:]
            stop = len(rest)
            for i, c in enumerate(rest):
                if c == "." or c == "[":
                    stop = i
                    break
            v = getattr(v, rest[:stop])
            rest = rest[stop:]
        else:
            close = rest.index("]")
            key = rest[1:close]
            v = v[int(key)] if key.isdigit() else v[key]
            rest = rest[close + 1 :]
    if "{" in spec:
        spec = _format_text(spec, values, auto)
    if conv == "r" or conv == "a":
        v = repr(v)
    elif conv == "s":
        v = str(v)
    elif bang:
        raise ValueError("Unknown conversion specifier " + conv)
    if spec == "" and not _rootvm.has(type(v), "__format__"):
        return str(v)
    return format(v, spec)


def _format_text(text, values, auto):
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if (c == "{" or c == "}") and i + 1 < n and text[i + 1] == c:
            out.append(c)
            i += 2
            continue
        if c == "}":
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            out.append(c)
            i += 1
            continue
        depth = 1
        j = i + 1
        while j < n:
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        out.append(_format_field(text[i + 1 : j], values, auto))
        i = j + 1
    return "".join(out)


# "text".format(*values) with an instance among the fields (its __format__ or __str__).
def p_str_format(args, kw):
    return _format_text(args[0], args[1:], [0])


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
    "args_flat": p_args_flat,
    "index_op": p_index_op,
    "list": p_list,
    "tuple": p_tuple,
    "functools.total_ordering": p_total_ordering,
    "collections.namedtuple": p_namedtuple,
    "typing.NamedTuple": p_typed_namedtuple,
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
    "generator.close": p_gen_close,
    "next": p_next,
    "hash": p_hash,
    "keyed": p_keyed,
    "class_done": p_class_done,
    "iter_getitem": p_iter_getitem,
    "getattr": p_getattr,
    "hasattr": p_hasattr,
    "dataclasses.dataclass": p_dataclass,
    "dataclasses.field": p_field,
    "dataclasses.fields": p_fields,
    "dataclasses.asdict": p_asdict,
    "dataclasses.astuple": p_astuple,
    "dataclasses.replace": p_replace,
    "getattribute_or_getattr": p_getattribute_or_getattr,
    "str.format": p_str_format,
}
_rootvm.register(_TABLE)
