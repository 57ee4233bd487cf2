# asyncio.Barrier(3): parties block in wait() until the third arrives, then all pass
# together; the barrier resets for the next round.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def party(barrier, name, delay):
    for rnd in range(2):
        await asyncio.sleep(delay)
        print(f"{name} arrives round {rnd} at {now()}")
        await barrier.wait()
        print(f"{name} passes round {rnd} at {now()}")


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    barrier = asyncio.Barrier(3)
    print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)
    await asyncio.gather(party(barrier, "a", 0.1), party(barrier, "b", 0.3), party(barrier, "c", 0.2))
    print("done at", now(), "waiting", barrier.n_waiting)


asyncio.run(main())
