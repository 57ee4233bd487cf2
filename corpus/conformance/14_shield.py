# shield(): a timeout or cancellation of the outer await does not cancel the shielded
# task, which keeps running and can still be awaited for its result.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def precious(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done at {now()}")
    return f"{name}-result"


async def waiter(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print(f"waiter cancelled at {now()}")
        raise


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    task = asyncio.create_task(precious("one", 0.3))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except TimeoutError:
        print(f"outer timed out at {now()}; task cancelled: {task.cancelled()}")
    print(await task, now())

    T0 = asyncio.get_running_loop().time()
    inner = asyncio.create_task(precious("two", 0.3))
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter task cancelled:", w.cancelled(), "inner cancelled:", inner.cancelled())
    print(await inner, now())


asyncio.run(main())
