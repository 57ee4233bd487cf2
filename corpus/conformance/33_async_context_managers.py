# Async context managers: @asynccontextmanager (normal exit, exception inside the body),
# a class-based __aenter__/__aexit__ that suppresses, and AsyncExitStack LIFO unwinding.
import asyncio
import contextlib


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


@contextlib.asynccontextmanager
async def resource(name):
    print(f"open {name} at {now()}")
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    except KeyError as e:
        print(f"{name} saw KeyError {e}")
        raise
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name} at {now()}")


class Suppressor:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print(f"enter {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(f"exit {self.name} with {exc_type.__name__ if exc_type else None}: {exc}")
        return True


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    async with resource("db") as r:
        print("using", r)

    T0 = asyncio.get_running_loop().time()
    try:
        async with resource("x") as r:
            raise KeyError("k")
    except KeyError as e:
        print("caught outside:", repr(e))

    T0 = asyncio.get_running_loop().time()
    async with Suppressor("quiet") as s:
        raise ValueError("swallowed")
    print("after suppressor", s.name, now())

    async def callback(tag):
        print(f"exit callback {tag}")

    T0 = asyncio.get_running_loop().time()
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        b = await stack.enter_async_context(resource("b"))
        stack.push_async_callback(callback, "pushed-last")
        print("stack holds", a, b)
    print("stack unwound at", now())


asyncio.run(main())
