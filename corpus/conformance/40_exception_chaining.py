# Exception chaining through tasks: explicit `raise ... from`, implicit __context__,
# `from None`, add_note(), and the awaiter receiving the very exception object.
import asyncio


class DataError(Exception):
    pass


async def load():
    try:
        await asyncio.sleep(0.1)
        return {}["missing"]
    except KeyError as e:
        raise DataError("load failed") from e


async def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")


async def hidden():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("clean") from None


async def noted():
    await asyncio.sleep(0)
    err = OSError("disk gone")
    err.add_note("while saving report")
    raise err


def name(e):
    return f"{type(e).__name__}({e})" if e is not None else "None"


def describe(e):
    return (f"{name(e)} cause={name(e.__cause__)} context={name(e.__context__)}"
            f" suppress_context={e.__suppress_context__}")


async def main():
    task = asyncio.create_task(load())
    try:
        await task
    except DataError as e:
        print(describe(e))
        print("same object as task.exception():", e is task.exception())
    for coro in (implicit(), hidden()):
        try:
            await coro
        except Exception as e:
            print(describe(e))
    try:
        await asyncio.gather(noted())
    except OSError as e:
        print(type(e).__name__, e, e.__notes__)
    try:
        try:
            await asyncio.wait_for(asyncio.sleep(1), 0.1)
        except TimeoutError as e:
            raise LookupError("lookup gave up") from e
    except LookupError as e:
        print(describe(e))


asyncio.run(main())
