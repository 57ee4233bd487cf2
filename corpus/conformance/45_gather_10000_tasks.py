# 10,000 small tasks through one gather (each yields once with sleep(0)) and a sum of
# the results; then 10,000 create_task() calls awaited in a loop.
import asyncio


async def tiny(i):
    await asyncio.sleep(0)
    return i


async def square(i):
    return i * i


async def main():
    results = await asyncio.gather(*(tiny(i) for i in range(10000)))
    print("count", len(results), "sum", sum(results), "ordered", results == list(range(10000)))

    tasks = [asyncio.create_task(square(i)) for i in range(10000)]
    total = 0
    for t in tasks:
        total += await t
    print("sum of squares", total)
    print("all done:", all(t.done() for t in tasks), "tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
