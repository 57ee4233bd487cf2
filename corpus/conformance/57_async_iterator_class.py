# A class implementing __aiter__/__anext__ (raising StopAsyncIteration) works with
# async for, async comprehensions and anext(); each iteration awaits.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


class Countdown:
    def __init__(self, start, delay):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1


class Pages:
    """Async iterable (not an iterator): each __aiter__ gives a fresh iterator."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return Countdown(self.n, 0)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    async for n in Countdown(3, 0.1):
        print("countdown", n, f"at {tenths(loop.time() - t0)}")
    pages = Pages(3)
    print([p async for p in pages], [p async for p in pages])
    it = Countdown(2, 0)
    print(await anext(it), await anext(it), await anext(it, "exhausted"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
