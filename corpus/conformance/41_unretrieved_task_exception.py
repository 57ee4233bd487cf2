# A task whose exception is never retrieved does not stop the program (exit 0); one
# retrieved later via exception() is inspectable after the fact.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def doomed(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} about to raise")
    raise RuntimeError(f"{name}: nobody listens")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ignored = asyncio.create_task(doomed("ignored", 0.1))
    inspected = asyncio.create_task(doomed("inspected", 0.2))
    await asyncio.sleep(0.3)
    print("both done:", ignored.done(), inspected.done())
    exc = inspected.exception()
    print("inspected:", type(exc).__name__, exc)
    print("main finishes normally", tenths(loop.time() - t0))


asyncio.run(main())
print("after asyncio.run")
