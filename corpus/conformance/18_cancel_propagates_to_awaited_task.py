# Cancelling a task that is awaiting another task cancels the awaited task too; the
# innermost task sees CancelledError first, then each awaiter in turn.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def inner():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def middle(t):
    try:
        await t
    except asyncio.CancelledError:
        print("middle cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    it = asyncio.create_task(inner(), name="inner")
    mt = asyncio.create_task(middle(it), name="middle")
    await asyncio.sleep(0.1)
    mt.cancel()
    await asyncio.gather(mt, return_exceptions=True)
    print("inner cancelled:", it.cancelled(), "middle cancelled:", mt.cancelled())
    print(tenths(loop.time() - t0))

    it = asyncio.create_task(inner())
    await asyncio.sleep(0.1)
    it.cancel()
    mt_result = await asyncio.gather(middle(it), return_exceptions=True)
    print("awaiter of a cancelled task got", type(mt_result[0]).__name__)


asyncio.run(main())
