# async def / await over asyncio.run, sleep (virtual time), gather, create_task: the order of
# wakeups is CPython's.
import asyncio

log = []


async def ticker(name, n, delay):
    for i in range(n):
        log.append(f"{name}{i}")
        print("tick", name, i)
        await asyncio.sleep(delay)
    return f"{name} done"


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def twice(x):
    y = await add(x, x)
    return await add(y, 1)


async def no_await(v):
    return v * 10


async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def yielder(name):
    for i in range(3):
        print("yield", name, i)
        await asyncio.sleep(0)


async def main():
    print(await twice(5), await no_await(4))
    results = await asyncio.gather(ticker("a", 3, 1), ticker("b", 2, 1.5), ticker("c", 4, 0.5))
    print(results)
    print(log)
    await asyncio.gather(yielder("p"), yielder("q"))
    t1 = asyncio.create_task(ticker("t", 2, 1))
    t2 = asyncio.create_task(add(1, 2))
    print("tasks made", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("after sleep(0)", t2.done())
    print(await t2, await t1, t1.done(), t1.result())
    try:
        await asyncio.gather(ticker("e", 3, 1), failing(1.5))
    except ValueError as e:
        print("caught", e)
    try:
        await failing(0)
    except ValueError as e:
        print("caught", e)
    v = await asyncio.sleep(2, result="slept")
    print(v)
    return "main done"


print(asyncio.run(main()))


async def nested_sum(n):
    total = 0
    for i in range(n + 1):
        total += i
        await asyncio.sleep(0)
    return total


print(asyncio.run(nested_sum(10)))
try:
    asyncio.run(failing(1))
except ValueError as e:
    print("run raised", e)


async def background():
    t = asyncio.create_task(ticker("bg", 5, 1))
    await asyncio.sleep(2.5)
    print("main leaves; bg done:", t.done())
    return len(log)


print(asyncio.run(background()))


async def same_time(name):
    await asyncio.sleep(1)
    print("woke", name)
    asyncio.create_task(add(0, 0))
    await asyncio.sleep(0)
    print("again", name)


async def crowd():
    await asyncio.gather(*[same_time(n) for n in "uvw"])
    print(await asyncio.gather())


asyncio.run(crowd())
