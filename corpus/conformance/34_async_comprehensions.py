# Async comprehensions: list/dict/set comprehensions over async iterators with filters,
# await inside a comprehension (sequential), and async generator expressions.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def agen(n, delay=0.0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print([x async for x in agen(5)])
    print([x * x async for x in agen(6) if x % 2 == 0])
    print({x: x * 2 async for x in agen(3)})
    print(sorted({x % 3 async for x in agen(7)}))
    print([await double(x) for x in range(3)], f"sequential {tenths(loop.time() - t0)}")
    t1 = loop.time()
    print(await asyncio.gather(*[double(x) for x in range(3)]), f"concurrent {tenths(loop.time() - t1)}")
    g = (x + 100 async for x in agen(3, 0.1))
    print([y async for y in g], tenths(loop.time() - t0))
    print([(i, j) async for i in agen(3) for j in range(i)])
    print([await double(x) async for x in agen(2) if await double(x) > 0])


asyncio.run(main())
