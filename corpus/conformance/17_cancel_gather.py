# Cancelling a gather cancels every unfinished child (in order); cancelling a task that
# awaits a gather propagates into the gather and its children.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def child(n):
    try:
        await asyncio.sleep(1 + n / 10)
        return n
    except asyncio.CancelledError:
        print(f"child {n} cancelled")
        raise


async def run_all(tasks):
    try:
        return await asyncio.gather(*tasks)
    except asyncio.CancelledError:
        print("run_all cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(child(n)) for n in range(1, 4)]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.1)
    print("gather.cancel() returned", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("awaiting the gather raised CancelledError")
    print([t.cancelled() for t in tasks], tenths(loop.time() - t0))

    done_early = asyncio.create_task(asyncio.sleep(0.1, result="early"))
    tasks = [done_early] + [asyncio.create_task(child(n)) for n in range(4, 6)]
    runner = asyncio.create_task(run_all(tasks))
    await asyncio.sleep(0.2)
    runner.cancel()
    try:
        await runner
    except asyncio.CancelledError:
        print("runner cancelled:", runner.cancelled())
    print([t.cancelled() for t in tasks], done_early.result(), tenths(loop.time() - t0))


asyncio.run(main())
