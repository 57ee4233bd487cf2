# BoundedSemaphore raises ValueError when released more than acquired; a plain
# Semaphore silently grows; Semaphore(0) works as a signal; negative values are rejected.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    bs = asyncio.BoundedSemaphore(2)
    await bs.acquire()
    await bs.acquire()
    print("bounded locked after 2 acquires:", bs.locked())
    bs.release()
    bs.release()
    try:
        bs.release()
    except ValueError:
        print("over-release of BoundedSemaphore -> ValueError")

    s = asyncio.Semaphore(1)
    s.release()
    await s.acquire()
    await s.acquire()
    print("plain Semaphore over-released, two acquires ok, locked:", s.locked())

    signal = asyncio.Semaphore(0)

    async def wait_for_signal():
        await signal.acquire()
        return f"signalled at {tenths(loop.time() - t0)}"

    task = asyncio.create_task(wait_for_signal())
    await asyncio.sleep(0.2)
    print("still waiting:", not task.done())
    signal.release()
    print(await task)

    try:
        asyncio.Semaphore(-1)
    except ValueError:
        print("Semaphore(-1) -> ValueError")

    async with bs:
        print("async with BoundedSemaphore works, locked:", bs.locked())
    print("released again, locked:", bs.locked())


asyncio.run(main())
