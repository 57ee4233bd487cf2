# gather returns results in argument order, not completion order; gather() of nothing
# is [], nested gathers keep their shape, and total time is the longest child.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def work(name, delay):
    await asyncio.sleep(delay)
    print(f"finished {name}")
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(work("a", 0.3), work("b", 0.1), work("c", 0.2))
    print(results)
    print(f"elapsed {tenths(loop.time() - t0)}")

    print(await asyncio.gather())

    t0 = loop.time()
    nested = await asyncio.gather(
        asyncio.gather(work("x", 0.2), work("y", 0.1)),
        work("z", 0.3),
    )
    print(nested)
    print(f"elapsed {tenths(loop.time() - t0)}")


asyncio.run(main())
