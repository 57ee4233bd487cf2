# An exception escaping the main coroutine ends the program with exit status 1; the
# stdout printed before it is kept and code after asyncio.run() never runs.
import asyncio


async def main():
    print("starting")
    await asyncio.sleep(0.1)
    print("about to fail")
    raise ValueError("boom")


asyncio.run(main())
print("never printed")
