# loop.create_future(): result/exception/cancel states, InvalidStateError, done
# callbacks running before the awaiting coroutine resumes.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()

    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError:
        print("result() before done -> InvalidStateError")
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    loop.call_later(0.1, fut.set_result, 42)
    print("awaited", await fut, f"at {tenths(loop.time() - t0)}")
    try:
        fut.set_result(43)
    except asyncio.InvalidStateError:
        print("second set_result -> InvalidStateError")

    f2 = loop.create_future()
    loop.call_later(0.1, f2.set_exception, ValueError("nope"))
    try:
        await f2
    except ValueError as e:
        print("awaiting raised ValueError:", e)
    print("exception():", type(f2.exception()).__name__, f2.exception())

    f3 = loop.create_future()
    f3.add_done_callback(lambda f: print("f3 callback, cancelled =", f.cancelled()))
    f3.cancel()
    await asyncio.sleep(0)
    try:
        f3.exception()
    except asyncio.CancelledError:
        print("exception() on a cancelled future raises CancelledError")

    f4 = loop.create_future()

    def first(f):
        print("first callback")

    def second(f):
        print("second callback")

    f4.add_done_callback(first)
    f4.add_done_callback(second)
    f4.add_done_callback(first)
    print("removed", f4.remove_done_callback(first), "callbacks")
    f4.set_result(None)
    await f4
    await asyncio.sleep(0)
    print("after f4", tenths(loop.time() - t0))


asyncio.run(main())
