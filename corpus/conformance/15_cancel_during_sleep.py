# Cancelling a task while it sleeps: CancelledError is raised at the await, except and
# finally blocks run (and may await), then awaiting the task raises CancelledError.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
        print("not reached")
    except asyncio.CancelledError:
        print(f"cancelled at {now()}")
        await asyncio.sleep(0.1)
        print(f"cleanup finished at {now()}")
        raise
    finally:
        print("finally runs")


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.2)
    print("cancel() returned", t.cancel())
    print("cancelled() right after cancel():", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print(f"main saw CancelledError at {now()}")
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("second cancel() returned", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")


asyncio.run(main())
