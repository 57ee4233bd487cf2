# TaskGroup waits for all children (including ones spawned later by a child) before
# leaving the async with block; results are read from the tasks afterwards.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"fetched {name}")
    return f"<{name}>"


async def spawner(tg, results):
    await asyncio.sleep(0.1)
    print("spawner adds a late task")
    results.append(tg.create_task(fetch("late", 0.3), name="late"))


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    late = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("a", 0.2), name="fa")
        t2 = tg.create_task(fetch("b", 0.1))
        tg.create_task(spawner(tg, late))
        print("inside block", t1.get_name())
    print("after block", t1.result(), t2.result(), late[0].result())
    print(f"elapsed {tenths(loop.time() - t0)}")


asyncio.run(main())
