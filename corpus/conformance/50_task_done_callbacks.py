# Task done callbacks fire (in registration order) for success, failure and
# cancellation; callbacks added to an already-done task are still scheduled.
import asyncio
import functools


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


def on_done(task, tag="cb"):
    if task.cancelled():
        state = "cancelled"
    elif task.exception() is not None:
        state = f"raised {type(task.exception()).__name__}"
    else:
        state = f"returned {task.result()}"
    print(f"{tag}: {task.get_name()} {state} at {now()}")


async def ok():
    await asyncio.sleep(0.1)
    return "ok"


async def bad():
    await asyncio.sleep(0.2)
    raise KeyError("bad")


async def forever():
    await asyncio.sleep(10)


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    t1 = asyncio.create_task(ok(), name="t1")
    t2 = asyncio.create_task(bad(), name="t2")
    t3 = asyncio.create_task(forever(), name="t3")
    for t in (t1, t2, t3):
        t.add_done_callback(on_done)
    t1.add_done_callback(functools.partial(on_done, tag="second"))
    t3.add_done_callback(functools.partial(on_done, tag="removed"))
    print("removed:", t3.remove_done_callback(functools.partial(on_done, tag="removed")))
    await asyncio.sleep(0.3)
    t3.cancel()
    await asyncio.sleep(0.1)
    t1.add_done_callback(functools.partial(on_done, tag="late"))
    print("late callback not run synchronously")
    await asyncio.sleep(0)
    print("end", now())


asyncio.run(main())
