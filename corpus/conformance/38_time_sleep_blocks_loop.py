# time.sleep() inside a coroutine blocks the whole loop: other tasks' timers fire late,
# and blocking sleeps in "concurrent" coroutines add up instead of overlapping.
import asyncio
import time


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def blocker():
    await asyncio.sleep(0.1)
    print(f"blocker starts blocking at {now()}")
    time.sleep(0.3)
    print(f"blocker done at {now()}")


async def victim():
    await asyncio.sleep(0.2)
    print(f"victim wanted 0.2, woke at {now()}")


async def sync_sleeper(i):
    time.sleep(0.1)
    return i


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    await asyncio.gather(blocker(), victim())

    t = time.perf_counter()
    time.sleep(0.2)
    print("perf_counter measured", tenths(time.perf_counter() - t))

    T0 = asyncio.get_running_loop().time()
    print(await asyncio.gather(*(sync_sleeper(i) for i in range(3))), f"blocking gather took {now()}")
    T0 = asyncio.get_running_loop().time()
    await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(3)))
    print(f"non-blocking gather took {now()}")


asyncio.run(main())
