# asyncio.Queue: producers and consumers over a bounded queue, task_done/join, the nowait forms.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print("put", name, i, q.qsize())
        await asyncio.sleep(0.5)


async def consumer(q, name, out):
    while True:
        item = await q.get()
        print("got", name, item)
        out.append(item)
        await asyncio.sleep(1)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    consumers = [asyncio.create_task(consumer(q, c, out)) for c in "XY"]
    await asyncio.gather(producer(q, "a", 4), producer(q, "b", 3))
    print("produced", q.qsize(), q.empty(), q.full())
    await q.join()
    print("joined", out)
    q2 = asyncio.Queue()
    q2.put_nowait(1)
    q2.put_nowait(2)
    first = q2.get_nowait()
    second = await q2.get()
    print(first, second, q2.empty())


asyncio.run(main())
