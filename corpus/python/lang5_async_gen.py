# Asynchronous generators: async for over them (awaits inside, break, finally), __anext__,
# aclose, StopAsyncIteration, and the generators left unfinished closed when asyncio.run ends.
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i * 10
    print("ticker done")


async def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown finally")


async def main():
    async for v in ticker(3, 0.1):
        print("tick", v)
    got = []
    async for v in countdown(5):
        if v == 2:
            break
        got.append(v)
    print(got)
    g = countdown(3)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed")
    print(type(g).__name__)


asyncio.run(main())
