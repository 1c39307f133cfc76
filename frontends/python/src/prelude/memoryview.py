# `memoryview` over bytes and bytearray (format 'B', one dimension): a view is the object, a
# start and a step and a length; slicing makes a new view of the same object (no copy), item
# assignment writes through into a bytearray.


def _mv_indices(s, n):
    # slice.indices(n) for slice `s`.
    step = 1 if s.step is None else s.step
    if step == 0:
        raise ValueError("slice step cannot be zero")
    lower, upper = (-1, n - 1) if step < 0 else (0, n)
    if s.start is None:
        start = upper if step < 0 else lower
    else:
        start = s.start
        if start < 0:
            start = max(start + n, lower)
        else:
            start = min(start, upper)
    if s.stop is None:
        stop = lower if step < 0 else upper
    else:
        stop = s.stop
        if stop < 0:
            stop = max(stop + n, lower)
        else:
            stop = min(stop, upper)
    if step < 0:
        length = (start - stop - 1) // (-step) + 1 if stop < start else 0
    else:
        length = (stop - start - 1) // step + 1 if start < stop else 0
    return start, step, length


class memoryview:
    def __init__(self, obj, _start=0, _step=1, _length=None):
        if not isinstance(obj, (bytes, bytearray)):
            if isinstance(obj, memoryview):
                obj._check()
                _start, _step, _length, obj = obj._start, obj._step, obj._length, obj.obj
            else:
                raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(obj).__name__)
        self.obj = obj
        self._start = _start
        self._step = _step
        self._length = len(obj) if _length is None else _length
        self._released = False
        self.readonly = isinstance(obj, bytes)
        self.format = "B"
        self.itemsize = 1
        self.ndim = 1

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _index(self, i):
        if i < 0:
            i += self._length
        if i < 0 or i >= self._length:
            raise IndexError("index out of bounds on dimension 1")
        return self._start + i * self._step

    def __len__(self):
        self._check()
        return self._length

    @property
    def nbytes(self):
        self._check()
        return self._length

    @property
    def shape(self):
        self._check()
        return (self._length,)

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            start, step, length = _mv_indices(key, self._length)
            return memoryview(self.obj, self._start + start * self._step, self._step * step, length)
        return self.obj[self._index(key)]

    def __setitem__(self, key, value):
        self._check()
        if self.readonly:
            raise TypeError("cannot modify read-only memory")
        if isinstance(key, slice):
            start, step, length = _mv_indices(key, self._length)
            data = bytes(value) if not isinstance(value, memoryview) else value.tobytes()
            if len(data) != length:
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            for k in range(length):
                self.obj[self._start + (start + k * step) * self._step] = data[k]
            return
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError("memoryview: invalid type for format 'B'")
        if value < 0 or value > 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        self.obj[self._index(key)] = value

    def tolist(self):
        self._check()
        return [self.obj[self._start + k * self._step] for k in range(self._length)]

    def tobytes(self):
        self._check()
        return bytes(self.tolist())

    def hex(self):
        return self.tobytes().hex()

    def cast(self, fmt):
        self._check()
        if fmt != "B":
            raise NotImplementedError("memoryview.cast: only format 'B' is supported")
        return memoryview(self.obj, self._start, self._step, self._length)

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, kind, value, tb):
        self.release()
        return False

    def __iter__(self):
        return iter(self.tolist())

    def __eq__(self, other):
        if self._released:
            return self is other
        if isinstance(other, memoryview):
            return other._released is False and self.tolist() == other.tolist()
        if isinstance(other, (bytes, bytearray)):
            return self.tolist() == list(other)
        return False

    def __repr__(self):
        if self._released:
            return "<released memory>"
        return "<memory>"


def p_memoryview(args, kw):
    return memoryview(*args)


def p_bytes(args, kw):
    # bytes(x) / bytearray(x) of an instance (a memoryview, an iterable of ints).
    x = args[0]
    return bytes(x.tobytes() if isinstance(x, memoryview) else list(x))


def p_bytearray(args, kw):
    return bytearray(p_bytes(args, kw))


_TABLE["memoryview"] = p_memoryview
_TABLE["bytes"] = p_bytes
_TABLE["bytearray"] = p_bytearray
