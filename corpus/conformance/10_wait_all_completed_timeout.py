# asyncio.wait with a timeout returns (done, pending) without cancelling the pending
# tasks; the default ALL_COMPLETED waits for everything.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def job(delay):
    await asyncio.sleep(delay)
    return round(delay * 10)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(job(d), name=f"j{round(d * 10)}") for d in (0.1, 0.5, 0.2)]
    done, pending = await asyncio.wait(tasks, timeout=0.3)
    print(tenths(loop.time() - t0), "done", sorted(t.get_name() for t in done),
          "pending", sorted(t.get_name() for t in pending))
    print("pending cancelled?", [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print(tenths(loop.time() - t0), "done", sorted(t.get_name() for t in done), "pending", len(pending))
    print([t.result() for t in tasks])

    t0 = loop.time()
    tasks = [asyncio.create_task(job(d)) for d in (0.3, 0.1, 0.2)]
    done, pending = await asyncio.wait(tasks)
    print(tenths(loop.time() - t0), len(done), len(pending), [t.result() for t in tasks])

    t0 = loop.time()
    done, pending = await asyncio.wait([asyncio.create_task(job(0.1))], timeout=1.0)
    print("returned early at", tenths(loop.time() - t0), len(done))


asyncio.run(main())
