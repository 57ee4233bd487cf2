# create_task(name=...), get_name/set_name, tasks start only when the creator yields,
# and they start in creation order.
import asyncio


async def worker(n):
    print("running", asyncio.current_task().get_name(), n)
    await asyncio.sleep(0.1 * n)
    return n * 10


async def main():
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(1, 4)]
    print("created", [t.get_name() for t in tasks])
    print("main continues before tasks start", [t.done() for t in tasks])
    tasks[2].set_name("renamed")
    for t in tasks:
        print(t.get_name(), await t)
    print(all(t.done() for t in tasks))


asyncio.run(main())
