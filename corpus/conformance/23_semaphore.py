# asyncio.Semaphore(2) lets at most two workers in at a time; waiting workers enter in
# FIFO order as slots free up.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0
active = 0
peak = 0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def worker(sem, i, duration):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"w{i} in  at {now()} active={active}")
        await asyncio.sleep(duration)
        active -= 1
        print(f"w{i} out at {now()}")


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    sem = asyncio.Semaphore(2)
    durations = [0.4, 0.1, 0.2, 0.3, 0.1]
    await asyncio.gather(*(worker(sem, i, d) for i, d in enumerate(durations)))
    print("peak concurrency", peak, "locked:", sem.locked(), "total", now())


asyncio.run(main())
