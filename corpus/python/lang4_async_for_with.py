# async for (__aiter__/__anext__, StopAsyncIteration, else, break) and async with
# (__aenter__/__aexit__, as, suppressing and propagating exceptions, return inside, two items).
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


async def early(r):
    async with r as x:
        if x.name == "r3":
            return "early " + x.name
        print("not early")
    return "late"


async def main():
    total = 0
    async for v in Ticker(3):
        total += v
        print("tick", v)
    else:
        print("ticker done", total)
    async for a in Ticker(5):
        if a == 2:
            break
    print("broke at", a)
    async with Resource("r1") as r:
        print("inside", r.name)
    async with Resource("r2", suppress=True):
        raise ValueError("boom")
    print("suppressed")
    try:
        async with Resource("r4"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    print(await early(Resource("r3")), await early(Resource("r5")))
    async with Resource("a") as p, Resource("b") as q:
        print("both", p.name, q.name)


asyncio.run(main())
