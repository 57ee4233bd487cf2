# Fan-out of 1,000 tasks with staggered sleeps finishes in the time of the longest one;
# a Semaphore(100) throttled fan-out runs in 10 waves of 0.1 s (about 1 s in total).
import asyncio

running = 0
peak = 0


async def worker(i):
    await asyncio.sleep((i % 5) / 10)
    return i


async def throttled(sem, i):
    global running, peak
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.1)
        running -= 1
        return i % 7


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(worker(i)) for i in range(1000)]
    print("tasks alive:", len(asyncio.all_tasks()))
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results), results[:5], results[-3:])
    elapsed = loop.time() - t0
    print("finished in about 0.4 s (the longest sleep):", 0.35 < elapsed < 0.7)

    t0 = loop.time()
    sem = asyncio.Semaphore(100)
    results = await asyncio.gather(*(throttled(sem, i) for i in range(1000)))
    print("throttled sum", sum(results), "peak", peak, "elapsed about", round(loop.time() - t0), "s")


asyncio.run(main())
