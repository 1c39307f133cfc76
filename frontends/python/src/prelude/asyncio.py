# The prelude, part 4: asyncio over generators (frontends/python/src/coroutines.rs turns
# `async def` into generator functions and `await e` into `yield from e`). A task drives its
# coroutine through _aio_step; what the coroutine yields are requests to the loop of
# p_asyncio_run: ("sleep", delay) (virtual time: no real sleep; when nothing is ready, every
# timer of the earliest time fires, in the order they were set, as CPython's loop moves all due
# timers to its ready queue at once), ("wait", tasks) until one of them is done, ("yield",) to
# give way. The ready queue is FIFO, as CPython's call_soon; gather wakes its awaiting task one
# step later (CPython's done callback, then the outer future's), so the order of wakeups is
# CPython's.
_aio = {"ready": [], "timers": [], "now": 0.0, "seq": 0, "finished": 0, "agens": []}


class _AioTask:
    def __init__(self, coro):
        self._coro = coro
        self._done = False
        self._result = None
        self._exc = None
        self._waiters = []
        self._waiting_on = []
        self._finished = 0
        self._step = _aio_step(self)

    def __iter__(self):
        while not self._done:
            yield ("wait", [self])
        if self._exc is not None:
            raise self._exc
        return self._result

    def done(self):
        return self._done

    def result(self):
        if self._exc is not None:
            raise self._exc
        return self._result


def _aio_step(task):
    try:
        r = yield from task._coro
        task._result = r
    except Exception as e:
        task._exc = e
    task._done = True


def _aio_next_task():
    ready = _aio["ready"]
    if ready:
        return ready.pop(0)
    timers = _aio["timers"]
    if not timers:
        return None
    when = min([t[0] for t in timers])
    due = sorted([t for t in timers if t[0] == when], key=lambda t: t[1])
    _aio["timers"] = [t for t in timers if t[0] != when]
    _aio["now"] = when
    for t in due:
        ready.append(t[2])
    return ready.pop(0)


def _aio_finish(task):
    _aio["finished"] += 1
    task._finished = _aio["finished"]
    for w in task._waiters:
        for other in w._waiting_on:
            if other is not task:
                other._waiters.remove(w)
        w._waiting_on = []
        _aio["ready"].append(w)
    task._waiters = []


def p_asyncio_run(args, kw):
    main = _AioTask(args[0])
    _aio["ready"] = [main]
    _aio["timers"] = []
    _aio["now"] = 0.0
    _aio["agens"] = []
    while True:
        task = _aio_next_task()
        if task is None:
            break
        try:
            req = next(task._step)
        except StopIteration:
            _aio_finish(task)
            if task is main:
                # CPython cancels the tasks still pending; here they are dropped.
                break
            continue
        if req[0] == "sleep":
            _aio["seq"] += 1
            _aio["timers"].append((_aio["now"] + req[1], _aio["seq"], task))
        elif req[0] == "wait":
            pending = [t for t in req[1] if not t._done]
            if not pending:
                _aio["ready"].append(task)
            for t in pending:
                t._waiters.append(task)
            task._waiting_on = pending
        else:
            _aio["ready"].append(task)
    # CPython's shutdown_asyncgens: the asynchronous generators iterated and not finished
    # are closed (their finally blocks run), in the order they were first iterated.
    for g in _aio["agens"]:
        if not g._done:
            g._done = True
            try:
                g._g.close()
            except Exception:
                pass
    if main._exc is not None:
        raise main._exc
    return main._result


def _aio_sleep(delay, result):
    if delay <= 0:
        yield ("yield",)
    else:
        yield ("sleep", delay)
    return result


def p_asyncio_sleep(args, kw):
    result = args[1] if len(args) > 1 else None
    if kw and "result" in kw:
        result = kw["result"]
    return _aio_sleep(args[0], result)


def p_asyncio_create_task(args, kw):
    t = _AioTask(args[0])
    _aio["ready"].append(t)
    return t


def _aio_gather(tasks):
    while True:
        failed = [t for t in tasks if t._done and t._exc is not None]
        if failed or all([t._done for t in tasks]):
            break
        yield ("wait", tasks)
    # The outer future's callback wakes the awaiting task one step later.
    yield ("yield",)
    if failed:
        first = min(failed, key=lambda t: t._finished)
        raise first._exc
    return [t._result for t in tasks]


def p_asyncio_gather(args, kw):
    tasks = []
    for a in args:
        if isinstance(a, _AioTask):
            tasks.append(a)
        else:
            tasks.append(p_asyncio_create_task((a,), None))
    return _aio_gather(tasks)


class _AioFuture:
    def __init__(self):
        self._done = False
        self._waiters = []
        self._waiting_on = []
        self._finished = 0

    def set(self):
        if not self._done:
            self._done = True
            _aio_finish(self)


def _aio_wakeup_next(waiters):
    while waiters:
        w = waiters.pop(0)
        if not w._done:
            w.set()
            break


class _AioQueue:
    def __init__(self, maxsize):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._joiners = []

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def put_nowait(self, item):
        if self.full():
            raise RuntimeError("asyncio.QueueFull")
        self._items.append(item)
        self._unfinished += 1
        _aio_wakeup_next(self._getters)

    def get_nowait(self):
        if not self._items:
            raise RuntimeError("asyncio.QueueEmpty")
        item = self._items.pop(0)
        _aio_wakeup_next(self._putters)
        return item

    def put(self, item):
        while self.full():
            f = _AioFuture()
            self._putters.append(f)
            yield ("wait", [f])
        self.put_nowait(item)

    def get(self):
        while not self._items:
            f = _AioFuture()
            self._getters.append(f)
            yield ("wait", [f])
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            for f in self._joiners:
                f.set()
            self._joiners = []

    def join(self):
        if self._unfinished > 0:
            f = _AioFuture()
            self._joiners.append(f)
            yield ("wait", [f])


def p_asyncio_Queue(args, kw):
    maxsize = args[0] if args else 0
    if kw and "maxsize" in kw:
        maxsize = kw["maxsize"]
    return _AioQueue(maxsize)


_TABLE["asyncio.run"] = p_asyncio_run
_TABLE["asyncio.sleep"] = p_asyncio_sleep
_TABLE["asyncio.create_task"] = p_asyncio_create_task
_TABLE["asyncio.gather"] = p_asyncio_gather
_TABLE["asyncio.Queue"] = p_asyncio_Queue


# Asynchronous generators (frontends/python/src/async_gen.rs): the function's body is a
# generator whose `yield v` yield ("agen", v) and whose awaits yield the loop's requests.
# __anext__(), asend(v) and athrow(e) are coroutines that resume it (with next, send(v) or
# throw(e)), pass the loop's requests up and return the next ("agen", v) value.
class async_generator:
    def __init__(self, g):
        self._g = g
        self._done = False
        self._started = False
        self._resumed = False

    def __aiter__(self):
        return self

    def __anext__(self):
        return self._run(None, None)

    def asend(self, value):
        return self._run(value, None)

    def athrow(self, typ, val=None, tb=None):
        if self._done:
            return self._finished()
        return self._run(None, typ if val is None else val)

    def _run(self, value, exc):
        if not self._started:
            self._started = True
            _aio["agens"].append(self)
        if value is not None and not self._resumed:
            raise TypeError("can't send non-None value to a just-started async generator")
        first = True
        while not self._done:
            self._resumed = True
            try:
                if first and exc is not None:
                    r = self._g.throw(exc)
                elif first and value is not None:
                    r = self._g.send(value)
                else:
                    r = next(self._g)
            except StopIteration:
                self._done = True
                break
            first = False
            if type(r) is tuple and len(r) == 2 and r[0] == "agen":
                return r[1]
            yield r
        raise StopAsyncIteration

    def _finished(self):
        if False:
            yield
        return None

    def aclose(self):
        return self._aclose()

    def _aclose(self):
        if not self._done:
            self._done = True
            self._g.close()
        if False:
            yield


def p_async_gen(args, kw):
    f = args[0]

    def make(*a, **k):
        return async_generator(f(*a, **k))

    return make


_TABLE["_rootvm_async_gen"] = p_async_gen
