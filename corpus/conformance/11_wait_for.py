# wait_for returns the result when in time; on timeout it cancels the inner coroutine
# (which sees CancelledError first) and raises TimeoutError.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


def reset():
    global T0
    T0 = asyncio.get_running_loop().time()


async def slow(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print(f"inner {value} cancelled at {now()}")
        raise


async def main():
    reset()
    print(await asyncio.wait_for(slow(0.1, "quick"), timeout=0.5), now())
    reset()
    try:
        await asyncio.wait_for(slow(1.0, "lazy"), timeout=0.2)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, now())
    reset()
    print(await asyncio.wait_for(slow(0.2, "no-limit"), timeout=None), now())
    reset()
    task = asyncio.create_task(slow(0.5, "task"))
    try:
        await asyncio.wait_for(task, timeout=0.1)
    except asyncio.TimeoutError:
        print("task timed out; cancelled:", task.cancelled(), now())


asyncio.run(main())
