# asyncio.Event: all waiters wake (in wait order) when set(); wait() on a set event
# returns at once; after clear() a wait can time out.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def waiter(ev, name):
    print(f"{name} waiting")
    await ev.wait()
    print(f"{name} woke at {now()}")
    return name


async def setter(ev):
    await asyncio.sleep(0.2)
    print(f"setting at {now()}")
    ev.set()


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    results = await asyncio.gather(waiter(ev, "w1"), waiter(ev, "w2"), setter(ev), waiter(ev, "w3"))
    print(results, "is_set:", ev.is_set())
    print("wait on set event returns", await ev.wait(), now())
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.1)
    except TimeoutError:
        print(f"wait after clear() timed out at {now()}")

    gate = asyncio.Event()
    started = []

    async def racer(i):
        await gate.wait()
        started.append(i)

    racers = [asyncio.create_task(racer(i)) for i in range(5)]
    await asyncio.sleep(0.1)
    print("before gate:", started)
    gate.set()
    await asyncio.gather(*racers)
    print("after gate:", started, now())


asyncio.run(main())
