# Cancelling a task while it waits for a Lock removes it from the queue: the lock goes
# to the next waiter, and the cancelled waiter never runs its critical section.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def user(lock, name, hold):
    holding = False
    try:
        async with lock:
            holding = True
            print(f"{name} got the lock at {now()}")
            await asyncio.sleep(hold)
        print(f"{name} released at {now()}")
    except asyncio.CancelledError:
        print(f"{name} cancelled at {now()} while {'holding' if holding else 'waiting'}")
        raise


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    lock = asyncio.Lock()
    a = asyncio.create_task(user(lock, "a", 0.3))
    b = asyncio.create_task(user(lock, "b", 0.1))
    c = asyncio.create_task(user(lock, "c", 0.1))
    await asyncio.sleep(0.1)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("b cancelled:", b.cancelled(), "lock free:", not lock.locked(), "at", now())


asyncio.run(main())
