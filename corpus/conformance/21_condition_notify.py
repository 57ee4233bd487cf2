# asyncio.Condition: notify(n) wakes the n longest waiters in FIFO order, notify_all()
# wakes the rest; each woken waiter re-acquires the lock before continuing.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def waiter(cond, name):
    async with cond:
        print(f"{name} waiting")
        await cond.wait()
        print(f"{name} notified at {now()} (lock held: {cond.locked()})")


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(5)]
    await asyncio.sleep(0.1)
    async with cond:
        print("notify(1)")
        cond.notify(1)
    await asyncio.sleep(0.1)
    async with cond:
        print("notify(2)")
        cond.notify(2)
    await asyncio.sleep(0.1)
    async with cond:
        print("notify_all()")
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("all done at", now())
    try:
        cond.notify()
    except RuntimeError:
        print("notify() without the lock raises RuntimeError")


asyncio.run(main())
