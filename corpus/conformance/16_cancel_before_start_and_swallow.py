# A task cancelled before it ever runs never executes its body; a task that catches
# CancelledError and returns is not cancelled; cancel() on a finished task is False.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def never():
    print("should not print")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring the cancel")
        return "survived"


async def quick():
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start:", t.cancelled())

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    result = await t
    print(result, "cancelled:", t.cancelled(), tenths(loop.time() - t0))

    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done:", t.done(), "cancel():", t.cancel(), "result:", t.result())

    fut = loop.create_future()
    print("future cancel():", fut.cancel(), "cancelled:", fut.cancelled())


asyncio.run(main())
