# asyncio.Lock: waiters acquire in FIFO order, locked() reflects state, and a lock
# prevents lost updates in a read-await-write sequence.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def worker(lock, name):
    print(f"{name} waiting (locked={lock.locked()})")
    async with lock:
        print(f"{name} acquired at {now()}")
        await asyncio.sleep(0.1)
    print(f"{name} released")


counter = 0


async def increment(lock):
    global counter
    if lock is None:
        value = counter
        await asyncio.sleep(0)
        counter = value + 1
    else:
        async with lock:
            value = counter
            await asyncio.sleep(0)
            counter = value + 1


async def main():
    global T0, counter
    T0 = asyncio.get_running_loop().time()
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock, n) for n in ("A", "B", "C")))
    print("locked after all:", lock.locked(), now())

    counter = 0
    await asyncio.gather(*(increment(None) for _ in range(5)))
    print("without lock:", counter)
    counter = 0
    await asyncio.gather(*(increment(lock) for _ in range(5)))
    print("with lock:", counter)

    try:
        lock.release()
    except RuntimeError:
        print("releasing an unlocked Lock raises RuntimeError")


asyncio.run(main())
