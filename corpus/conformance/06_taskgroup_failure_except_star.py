# A failing TaskGroup child cancels its siblings; the error arrives as an ExceptionGroup
# handled with except*. Two children failing in the same step both end up in the group.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} done")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def fail(name, delay, exc):
    await asyncio.sleep(delay)
    print(f"{name} raising {type(exc).__name__}")
    raise exc


async def fail_now(exc):
    raise exc


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("slow", 1.0))
            tg.create_task(fail("f1", 0.2, ValueError("bad value")))
            tg.create_task(ok("fast", 0.1))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("unexpected KeyError group")
    print(f"elapsed {tenths(loop.time() - t0)}")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_now(ValueError("v")))
            tg.create_task(fail_now(KeyError("k")))
            tg.create_task(ok("bystander", 0.5))
    except* ValueError as eg:
        print("handled ValueError", len(eg.exceptions), str(eg.exceptions[0]))
    except* KeyError as eg:
        print("handled KeyError", len(eg.exceptions), str(eg.exceptions[0]))
    print(f"elapsed {tenths(loop.time() - t0)}")


asyncio.run(main())
