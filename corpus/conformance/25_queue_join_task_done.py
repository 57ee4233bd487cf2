# Queue with worker tasks: join() returns once every item has been task_done()'d;
# idle workers are then cancelled. Items go to workers in FIFO order.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(item / 10)
        log.append((name, item))
        print(f"{name} finished item {item} at {now()}")
        q.task_done()


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    q = asyncio.Queue()
    for item in (3, 1, 2, 5, 3):
        q.put_nowait(item)
    print("queued", q.qsize())
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(3)]
    await q.join()
    print(f"join returned at {now()}, qsize={q.qsize()}")
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(log)
    try:
        q.task_done()
    except ValueError:
        print("extra task_done() raises ValueError")


asyncio.run(main())
