# Which functions are generators: a `yield` counts in the function's own body only, not in
# nested functions or nested async functions (which are async generators themselves).
import asyncio


def outer_with_nested_async():
    async def inner():
        yield 1
    return inner


def outer_with_nested_def():
    def inner():
        yield 2
    return inner


async def not_agen_nested():
    def inner():
        yield 5
    return list(inner())


async def agen_nested_async():
    async def inner():
        yield 6
    yield inner


async def coro_with_nested_agen():
    async def inner():
        yield 7
    got = []
    async for v in inner():
        got.append(v)
    return got


async def main():
    print("nested agen", await coro_with_nested_agen())
    print("coroutine value", await not_agen_nested())
    async for f in agen_nested_async():
        async for v in f():
            print("inner item", v)


made = outer_with_nested_async()
print(type(made).__name__, type(made()).__name__)
print(type(outer_with_nested_def()).__name__, list(outer_with_nested_def()()))
asyncio.run(main())
