# asyncio.wait(FIRST_COMPLETED) returns as soon as one task finishes; looping on the
# pending set drains the tasks in completion order.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    pending = {
        asyncio.create_task(job(0.3), name="c"),
        asyncio.create_task(job(0.1), name="a"),
        asyncio.create_task(job(0.5), name="e"),
        asyncio.create_task(job(0.2), name="b"),
    }
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print(
            tenths(loop.time() - t0),
            "done:", sorted(t.get_name() for t in done),
            "results:", sorted(t.result() for t in done),
            "pending:", sorted(t.get_name() for t in pending),
        )


asyncio.run(main())
