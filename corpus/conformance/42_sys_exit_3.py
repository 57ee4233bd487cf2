# sys.exit(3) inside the main coroutine ends the program with status 3; still-running
# tasks are cancelled during shutdown (their finally blocks run first).
import asyncio
import sys


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background task cleanup")


async def main():
    print("before exit")
    asyncio.create_task(background())
    await asyncio.sleep(0.1)
    print("exiting with 3")
    sys.exit(3)
    print("not reached")


try:
    asyncio.run(main())
finally:
    print("asyncio.run unwound")
print("never printed")
