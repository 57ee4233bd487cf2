# asyncio.wait(FIRST_EXCEPTION) returns when a task raises (the others keep running);
# when nothing raises it behaves like ALL_COMPLETED.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def boom(delay):
    await asyncio.sleep(delay)
    raise LookupError(f"boom after {delay}")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [
        asyncio.create_task(ok(0.1), name="ok1"),
        asyncio.create_task(boom(0.2), name="boom"),
        asyncio.create_task(ok(0.4), name="ok4"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(tenths(loop.time() - t0), sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(t.get_name(), "raised" if exc else "returned", exc if exc else t.result())
    done, pending = await asyncio.wait(pending)
    print(tenths(loop.time() - t0), sorted(t.get_name() for t in done), len(pending))

    t0 = loop.time()
    tasks = [asyncio.create_task(ok(d), name=f"t{d}") for d in (0.2, 0.1)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(tenths(loop.time() - t0), sorted(t.result() for t in done), len(pending))


asyncio.run(main())
