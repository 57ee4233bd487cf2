# current_task() and all_tasks(): the main task, counts as tasks start and finish,
# no current task inside a plain callback, RuntimeError outside a running loop.
import asyncio


async def napper(delay):
    await asyncio.sleep(delay)
    return asyncio.current_task().get_name()


async def main():
    me = asyncio.current_task()
    me.set_name("main")
    print("current:", asyncio.current_task().get_name(), "is main:", asyncio.current_task() is me)
    print("all_tasks:", len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(napper(d), name=f"nap{i}") for i, d in enumerate((0.2, 0.4, 0.6))]
    print("after create:", len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.3)
    print("at 0.3:", len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
    print("after gather:", len(asyncio.all_tasks()))

    loop = asyncio.get_running_loop()
    seen = loop.create_future()
    loop.call_soon(lambda: seen.set_result(asyncio.current_task(loop)))
    print("current_task in a callback:", await seen)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError:
    print("current_task() outside a loop -> RuntimeError")
try:
    asyncio.get_running_loop()
except RuntimeError:
    print("get_running_loop() outside a loop -> RuntimeError")
