# Asynchronous comprehensions (list, set, dict; with conditions, nested loops, awaits in the
# element, over async generators and objects with __aiter__), their variables kept local.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i


async def double(v):
    await asyncio.sleep(0)
    return v * 2


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    x = "outer"
    squares = [x * x async for x in agen(5)]
    print(squares, x)
    evens = {x async for x in agen(6) if x % 2 == 0}
    print(sorted(evens))
    table = {i: str(i) async for i in agen(3)}
    print(table)
    pairs = [(a, b) async for a in agen(3) for b in range(a)]
    print(pairs)
    print([v + 1 async for v in agen(3)], "done")
    doubled = [await double(v) async for v in agen(3)]
    print(doubled)
    print([c async for c in Counter(3)])
    return [v async for v in agen(2)]


print(asyncio.run(main()))
