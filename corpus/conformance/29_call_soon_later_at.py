# loop.call_soon / call_later / call_at ordering: soon callbacks run first in FIFO order,
# timers by deadline (ties in scheduling order), cancelled handles never run.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    finished = loop.create_future()

    def cb(tag):
        print(f"{tag:<22} at {tenths(loop.time() - t0)}")

    def nested():
        cb("soon-nested")
        loop.call_soon(cb, "soon-from-callback")

    loop.call_later(0.3, cb, "later 0.3")
    loop.call_later(0.1, cb, "later 0.1 (first)")
    loop.call_later(0.1, cb, "later 0.1 (second)")
    loop.call_soon(cb, "soon 1")
    h_at = loop.call_at(t0 + 0.2, cb, "at t0+0.2")
    loop.call_soon(nested)
    loop.call_soon(cb, "soon 2")
    cancelled = loop.call_later(0.2, cb, "never (cancelled)")
    cancelled.cancel()
    loop.call_later(0.4, finished.set_result, "finished")
    print("scheduled; handle when offset", tenths(h_at.when() - t0), "cancelled:", cancelled.cancelled())
    print(await finished, f"at {tenths(loop.time() - t0)}")

    order = []
    for i in range(5):
        loop.call_later(0.1, order.append, i)
    for i in range(5, 10):
        loop.call_soon(order.append, i)
    await asyncio.sleep(0.2)
    print(order)


asyncio.run(main())
