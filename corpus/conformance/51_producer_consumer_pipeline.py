# A three-stage pipeline (producer -> 2 transformers -> consumer) over bounded queues,
# shut down with sentinels so every task terminates and nothing is left pending.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0
SENTINEL = None


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def producer(q1, n_items, n_workers):
    for i in range(1, n_items + 1):
        await q1.put(i)
        print(f"produced {i} at {now()}")
    for _ in range(n_workers):
        await q1.put(SENTINEL)


async def transformer(q1, q2):
    handled = 0
    while True:
        item = await q1.get()
        if item is SENTINEL:
            return handled
        await asyncio.sleep(item / 10)
        await q2.put(item * item)
        handled += 1


async def consumer(q2):
    seen = []
    while True:
        item = await q2.get()
        if item is SENTINEL:
            return seen
        print(f"consumed {item}")
        seen.append(item)


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    q1 = asyncio.Queue(maxsize=2)
    q2 = asyncio.Queue()
    prod = asyncio.create_task(producer(q1, 6, 2))
    workers = [asyncio.create_task(transformer(q1, q2)) for _ in range(2)]
    cons = asyncio.create_task(consumer(q2))
    await prod
    handled = await asyncio.gather(*workers)
    await q2.put(SENTINEL)
    seen = await cons
    print("per-worker counts", handled, "total", sum(seen), "items", len(seen))
    elapsed = asyncio.get_running_loop().time() - T0
    print("finished at about", tenths(elapsed), "s; tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
