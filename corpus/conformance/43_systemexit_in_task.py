# SystemExit raised inside a child task (not the main coroutine) propagates out of
# asyncio.run and sets the exit status (4); other tasks get cancelled on the way out.
import asyncio


async def quitter():
    await asyncio.sleep(0.2)
    print("quitter raising SystemExit(4)")
    raise SystemExit(4)


async def bystander():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bystander cancelled")
        raise


async def main():
    print("main starts")
    b = asyncio.create_task(bystander())
    await asyncio.create_task(quitter())
    print("not reached")


asyncio.run(main())
print("never printed")
