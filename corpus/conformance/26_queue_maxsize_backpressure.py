# A bounded Queue(maxsize=2) makes the producer wait in put() until the slower consumer
# frees a slot; full()/qsize() reflect the state.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def producer(q):
    for i in range(6):
        await q.put(i)
        print(f"put {i} at {now()} (qsize={q.qsize()}, full={q.full()})")
    await q.put(None)
    print(f"producer done at {now()}")


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            break
        print(f"got {item} at {now()}")
        got.append(item)
        await asyncio.sleep(0.2)
    return got


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize, "empty", q.empty())
    _, got = await asyncio.gather(producer(q), consumer(q))
    print(got, f"total {now()}")


asyncio.run(main())
