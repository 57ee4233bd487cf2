# An exception raised three task levels deep propagates through each awaiting task
# (their finally blocks run, innermost first) and out of asyncio.run: exit status 1.
import asyncio


async def level3():
    try:
        await asyncio.sleep(0.1)
        raise LookupError("deep failure")
    finally:
        print("level3 finally")


async def level2():
    try:
        return await asyncio.create_task(level3())
    finally:
        print("level2 finally")


async def level1():
    try:
        return await asyncio.create_task(level2())
    finally:
        print("level1 finally")


async def main():
    print("main awaiting level1")
    await level1()
    print("not reached")


asyncio.run(main())
