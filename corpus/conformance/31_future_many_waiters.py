# One Future awaited by several tasks: they all resume (in the order they started
# waiting) with the same result, or all see the same exception.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def waiter(fut, name, t0):
    loop = asyncio.get_running_loop()
    try:
        r = await fut
        print(f"{name} got {r} at {tenths(loop.time() - t0)}")
        return name
    except RuntimeError as e:
        print(f"{name} saw {type(e).__name__}: {e}")
        return None


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, n, t0)) for n in ("a", "b", "c")]
    await asyncio.sleep(0.2)
    print("setting result")
    fut.set_result("data")
    print(await asyncio.gather(*tasks))
    print("awaiting a done future again:", await fut)

    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, n, t0)) for n in ("x", "y")]
    loop.call_later(0.1, fut.set_exception, RuntimeError("shared failure"))
    print(await asyncio.gather(*tasks), tenths(loop.time() - t0))
    print("ensure_future returns the same future:", asyncio.ensure_future(fut) is fut)


asyncio.run(main())
