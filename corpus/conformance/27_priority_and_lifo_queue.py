# PriorityQueue hands out the smallest item first (also to a consumer that was already
# waiting); LifoQueue hands out the newest item first.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also-urgent"), (5, "later")]:
        pq.put_nowait((prio, name))
    print([pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue()
    for i in range(5):
        await lq.put(i)
    print([await lq.get() for _ in range(lq.qsize())])

    pq = asyncio.PriorityQueue()

    async def consumer():
        out = []
        for _ in range(4):
            out.append(await pq.get())
            await asyncio.sleep(0.1)
        return out

    task = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    pq.put_nowait((9, "first-in"))
    pq.put_nowait((4, "b"))
    pq.put_nowait((2, "a"))
    pq.put_nowait((7, "c"))
    print(await task)


asyncio.run(main())
