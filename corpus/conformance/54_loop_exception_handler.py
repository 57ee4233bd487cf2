# An exception in a plain loop callback does not stop the loop: it goes to the loop's
# exception handler (a custom one here) and other callbacks keep running.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    seen = []

    def handler(loop, context):
        exc = context.get("exception")
        seen.append(type(exc).__name__)
        print("handler got", type(exc).__name__, exc)

    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)

    def bad_callback():
        raise ZeroDivisionError("in callback")

    def good_callback(tag):
        print("good callback", tag, f"at {tenths(loop.time() - t0)}")

    loop.call_soon(bad_callback)
    loop.call_soon(good_callback, "soon")
    loop.call_later(0.1, bad_callback)
    loop.call_later(0.2, good_callback, "later")
    await asyncio.sleep(0.3)

    fut = loop.create_future()
    fut.add_done_callback(lambda f: 1 / 0)
    fut.set_result(None)
    await asyncio.sleep(0)
    print("seen", seen)
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())


asyncio.run(main())
