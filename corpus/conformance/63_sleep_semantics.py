# asyncio.sleep details: the result= argument is returned, zero and negative delays
# return without advancing time, and sequential sleeps add up.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.sleep(0.1, result="payload"), tenths(loop.time() - t0))
    print(await asyncio.sleep(0, result="zero"), await asyncio.sleep(-5, result="negative"),
          tenths(loop.time() - t0))
    t0 = loop.time()
    for _ in range(4):
        await asyncio.sleep(0.1)
    print("four sleeps of 0.1:", tenths(loop.time() - t0))
    t0 = loop.time()
    results = await asyncio.gather(*(asyncio.sleep(d, result=d) for d in (0.3, 0.2, 0.1)))
    print(results, tenths(loop.time() - t0))
    print(await asyncio.sleep(0), tenths(loop.time() - t0))


asyncio.run(main())
