# Without return_exceptions, the first exception propagates out of gather while the
# other children keep running (they are not cancelled).
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(f"{name} done at {now()}")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    try:
        await asyncio.gather(child("a", 0.1), child("b", 0.2, fail=True), child("c", 0.4))
    except RuntimeError as e:
        print(f"caught {e} at {now()}")
    await asyncio.sleep(0.4)
    print(f"main end at {now()}")


asyncio.run(main())
