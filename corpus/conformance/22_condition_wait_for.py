# Condition.wait_for(predicate): each consumer wakes only once its predicate holds,
# even though the producer calls notify_all() after every item.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


items = []


async def consumer(cond, name, need):
    async with cond:
        result = await cond.wait_for(lambda: len(items) >= need)
        print(f"{name} sees {len(items)} items at {now()} (predicate returned {result})")


async def producer(cond):
    for i in range(5):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            print(f"produced {i}")
            cond.notify_all()


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    cond = asyncio.Condition()
    await asyncio.gather(
        consumer(cond, "needs-4", 4),
        consumer(cond, "needs-2", 2),
        consumer(cond, "needs-0", 0),
        producer(cond),
        consumer(cond, "needs-5", 5),
    )
    print("final", items)


asyncio.run(main())
