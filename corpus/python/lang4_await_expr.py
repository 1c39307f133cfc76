# await inside larger expressions: operands, displays, f-strings, if tests, += , return of a
# sum of awaits, calls taking awaited values.
import asyncio


async def num(x):
    await asyncio.sleep(0)
    return x


async def ready():
    return True


async def main():
    a = 1 + await num(2)
    b = [await num(3), await num(4)]
    c = {"k": await num(5)}
    d = (await num(6)) * 2 - await num(1)
    if await ready():
        print("ready")
    s = f"value={await num(7)}"
    total = 0
    total += await num(10)
    n = len(await num("abc"))
    e = await num(8) > 5 and True
    print(a, b, c, d, s, total, n, e)
    return await num(1) + await num(2)


print(asyncio.run(main()))
