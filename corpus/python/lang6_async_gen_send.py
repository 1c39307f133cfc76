# Asynchronous generators: asend (the value of `x = yield v`), athrow (caught and yielding
# again, caught and finishing, not caught), awaits between yields, and asend/athrow on a
# finished generator.
import asyncio


async def echo():
    total = 0
    stopped = False
    try:
        while not stopped:
            try:
                got = yield total
            except ValueError as e:
                print("echo caught", e)
                stopped = True
                got = -total - 1
            if got is None:
                got = 0
            await asyncio.sleep(0.01)
            total += got
        yield total
    finally:
        print("echo finally")


async def once():
    try:
        yield 1
    except KeyError:
        print("once caught KeyError")


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(7))
    print(await g.__anext__())
    print(await g.athrow(ValueError("stop")))
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("finished")
    try:
        await g.asend(1)
    except StopAsyncIteration:
        print("still finished")
    print(await g.athrow(ValueError("late")))
    h = once()
    print(await h.asend(None))
    try:
        await h.athrow(KeyError("k"))
    except StopAsyncIteration:
        print("athrow ended it")
    k = once()
    await k.__anext__()
    try:
        await k.athrow(RuntimeError("boom"))
    except RuntimeError as e:
        print("propagated", e)
    try:
        await echo().asend(3)
    except TypeError as e:
        print(e)
    fresh = once()
    try:
        await fresh.athrow(KeyError("early"))
    except KeyError as e:
        print("early", repr(e))


asyncio.run(main())
