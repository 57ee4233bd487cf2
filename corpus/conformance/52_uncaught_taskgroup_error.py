# An ExceptionGroup escaping a TaskGroup that nobody catches ends the program with
# exit status 1; the sibling was cancelled first and stdout before that is kept.
import asyncio


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise


async def failing():
    await asyncio.sleep(0.1)
    print("failing now")
    raise ConnectionError("lost connection")


async def main():
    print("start")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sibling())
        tg.create_task(failing())
    print("not reached")


asyncio.run(main())
