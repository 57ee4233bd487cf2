# A to_thread job keeps running while the loop itself is blocked in time.sleep(): the
# thread finishes at 0.4 s even though the loop was frozen from 0.0 to 0.3 s.
import asyncio
import time


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


def worker_job():
    time.sleep(0.4)
    return "thread result"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    task = asyncio.create_task(asyncio.to_thread(worker_job))
    await asyncio.sleep(0)
    time.sleep(0.3)
    print(f"loop unblocked at {tenths(loop.time() - t0)}, job done: {task.done()}")
    print(await task, f"at {tenths(loop.time() - t0)}")

    t0 = loop.time()
    task = asyncio.create_task(asyncio.to_thread(worker_job))
    await asyncio.sleep(0)
    time.sleep(0.6)
    print(f"loop unblocked at {tenths(loop.time() - t0)}")
    print(await task, f"available at {tenths(loop.time() - t0)}")


asyncio.run(main())
