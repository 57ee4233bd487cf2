# loop.time(), time.time(), time.monotonic() and time.perf_counter() all advance by
# the same amount across asyncio.sleep() and across a blocking time.sleep().
import asyncio
import time


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


def snapshot(loop):
    return (loop.time(), time.time(), time.monotonic(), time.perf_counter())


def deltas(a, b):
    return " ".join(tenths(y - x) for x, y in zip(a, b))


async def main():
    loop = asyncio.get_running_loop()
    s0 = snapshot(loop)
    await asyncio.sleep(0.5)
    s1 = snapshot(loop)
    print("after asyncio.sleep(0.5):", deltas(s0, s1))
    time.sleep(0.3)
    s2 = snapshot(loop)
    print("after time.sleep(0.3):  ", deltas(s1, s2))
    await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.4))
    s3 = snapshot(loop)
    print("after gather of sleeps: ", deltas(s2, s3))
    print("total:                  ", deltas(s0, s3))
    print("time.time() looks like an epoch:", time.time() > 1_000_000_000)


asyncio.run(main())
