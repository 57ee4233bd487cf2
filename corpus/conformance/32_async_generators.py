# Async generators: async for, anext(), aclose() running the finally block, asend()
# and athrow(), StopAsyncIteration when exhausted, contextlib.aclosing.
import asyncio
import contextlib


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def ticker(n, label="ticker"):
    try:
        for i in range(n):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print(f"{label} cleanup at {now()}")


async def accumulator():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("accumulator got thrown:", e)
            total = 0
            continue
        total += x


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    async for v in ticker(3):
        print("tick", v, now())

    T0 = asyncio.get_running_loop().time()
    gen = ticker(10, "early")
    print(await gen.__anext__(), await anext(gen))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("closed generator -> StopAsyncIteration")

    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    print(await acc.athrow(ValueError("reset")))
    print(await acc.asend(7))
    await acc.aclose()

    T0 = asyncio.get_running_loop().time()
    async with contextlib.aclosing(ticker(5, "aclosing")) as g:
        async for v in g:
            if v == 1:
                break
    print("after aclosing block", now())

    print("default from anext:", await anext(ticker(0, "empty"), "default"))


asyncio.run(main())
