# gather(return_exceptions=True) puts exceptions (and a cancelled child's CancelledError)
# into the result list in argument order instead of raising.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


class BoomError(Exception):
    pass


async def ok(value, delay):
    await asyncio.sleep(delay)
    return value


async def bad(msg, delay):
    await asyncio.sleep(delay)
    raise BoomError(msg)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(
        ok(1, 0.1), bad("x", 0.2), ok(3, 0.3), bad("y", 0.1), return_exceptions=True
    )
    for r in results:
        print(type(r).__name__, r)
    print(f"elapsed {tenths(loop.time() - t0)}")

    sleeper = asyncio.create_task(asyncio.sleep(5), name="sleeper")
    loop.call_later(0.1, sleeper.cancel)
    results = await asyncio.gather(sleeper, ok("fine", 0.2), return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(sleeper.cancelled())
    print(f"elapsed {tenths(loop.time() - t0)}")


asyncio.run(main())
