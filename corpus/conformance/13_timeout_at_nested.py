# timeout_at with an absolute deadline, and nested timeouts: the inner one firing is
# caught inside the outer; the outer firing first is reported only by the outer.
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
        async with asyncio.timeout_at(t0 + 0.3):
            await asyncio.sleep(0.1)
            print("first step done at", el())
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timeout_at fired at", el())

    t0 = loop.time()
    async with asyncio.timeout(1.0) as outer:
        try:
            async with asyncio.timeout(0.2) as inner:
                await asyncio.sleep(0.5)
        except TimeoutError:
            print("inner fired at", el(), inner.expired(), outer.expired())
        await asyncio.sleep(0.1)
    print("outer survived at", el(), outer.expired())

    t0 = loop.time()
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(1.0) as inner:
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("not reached: inner did not expire")
    except TimeoutError:
        print("outer fired at", el(), inner.expired(), outer.expired())

    async def limited():
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)

    t0 = loop.time()
    try:
        await asyncio.wait_for(limited(), timeout=0.5)
    except TimeoutError:
        print("inner timeout won inside wait_for at", el())


asyncio.run(main())
