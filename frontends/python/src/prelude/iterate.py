# The prelude, part 2: built-ins and library functions that call Python functions (map, filter,
# functools, itertools, defaultdict factories).


def p_map(args, kw):
    if len(args) < 2:
        raise TypeError("map() must have at least two arguments.")
    return _map(args[0], args[1:])


def _map(f, iterables):
    if len(iterables) == 1:
        for x in iterables[0]:
            yield f(x)
        return
    for values in p_zip(iterables, None):
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


