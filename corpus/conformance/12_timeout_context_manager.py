# asyncio.timeout(): expiry raises TimeoutError outside the block, expired()/when(),
# a block that finishes in time, and reschedule() of a timeout(None).
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()

    def el():
        return tenths(loop.time() - t0)

    try:
        async with asyncio.timeout(0.2) as cm:
            print("sleeping long, deadline in", tenths(cm.when() - t0))
            await asyncio.sleep(1)
        print("not reached")
    except TimeoutError:
        print("timed out at", el(), "expired:", cm.expired())

    t0 = loop.time()
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.1)
    print("finished in time at", el(), "expired:", cm.expired())

    t0 = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            cm.reschedule(loop.time() + 0.3)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired at", el())

    t0 = loop.time()
    try:
        async with asyncio.timeout(0.1) as cm:
            cm.reschedule(None)
            await asyncio.sleep(0.2)
        print("disarmed timeout let the sleep finish at", el())
    except TimeoutError:
        print("not reached")


asyncio.run(main())
