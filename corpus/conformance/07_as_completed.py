# as_completed yields results in completion order; with timeout= the iterator raises
# TimeoutError for whatever has not finished by then.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def job(name, delay):
    await asyncio.sleep(delay)
    return f"{name}({delay})"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    coros = [job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)]
    for fut in asyncio.as_completed(coros):
        result = await fut
        print(result, tenths(loop.time() - t0))

    t0 = loop.time()
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("p", 0.4), ("q", 0.1), ("r", 0.2)]]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.3):
            print(await fut, tenths(loop.time() - t0))
    except TimeoutError:
        print("as_completed timed out at", tenths(loop.time() - t0))
    print("p still running:", not tasks[0].done())
    print(await tasks[0], tenths(loop.time() - t0))


asyncio.run(main())
