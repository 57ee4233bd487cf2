# Non-blocking queue calls: get_nowait() on an empty queue raises QueueEmpty,
# put_nowait() on a full one raises QueueFull; get() can be bounded with wait_for.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    q = asyncio.Queue(maxsize=2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait on empty:", type(e).__name__)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("put_nowait on full:", type(e).__name__)
    print("qsize", q.qsize(), "full", q.full(), "empty", q.empty())
    print(q.get_nowait(), q.get_nowait(), "empty", q.empty())
    try:
        await asyncio.wait_for(q.get(), timeout=0.2)
    except TimeoutError:
        print(f"get() timed out at {tenths(loop.time() - t0)}")
    q.put_nowait("after-timeout")
    print("the timed-out getter did not eat the item:", q.get_nowait())

    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print("unbounded", unbounded.maxsize, unbounded.qsize(), unbounded.full())
    total = 0
    while True:
        try:
            total += unbounded.get_nowait()
        except asyncio.QueueEmpty:
            break
    print("drained sum", total)


asyncio.run(main())
