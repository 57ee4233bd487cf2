# While a to_thread job sleeps for 0.5 s the event loop keeps ticking; the job's task
# becomes done between the 0.4 and 0.6 ticks; polling a run_in_executor future likewise.
import asyncio
import time


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


def slow_square(x):
    time.sleep(0.5)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    task = asyncio.create_task(asyncio.to_thread(slow_square, 12))
    for _ in range(3):
        await asyncio.sleep(0.2)
        print(f"tick at {tenths(loop.time() - t0)}, thread job done: {task.done()}")
    print("result", await task, f"at {tenths(loop.time() - t0)}")

    t0 = loop.time()
    fut = loop.run_in_executor(None, slow_square, 3)
    ticks = 0
    while not fut.done():
        await asyncio.sleep(0.2)
        ticks += 1
    print("executor result", fut.result(), "after", ticks, "ticks", f"at {tenths(loop.time() - t0)}")


asyncio.run(main())
