# Nested TaskGroups: an inner group's failure becomes a nested ExceptionGroup in the
# outer one; except* still matches the leaf exceptions; split() separates them.
import asyncio


async def fail(exc, delay=0.0):
    await asyncio.sleep(delay)
    raise exc


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError("inner-v")))
        tg.create_task(fail(TypeError("inner-t")))


def shape(eg, depth=0):
    lines = []
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            lines.append("  " * depth + f"group with {len(e.exceptions)}")
            lines.extend(shape(e, depth + 1))
        else:
            lines.append("  " * depth + f"{type(e).__name__}: {e}")
    return lines


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(KeyError("outer-k"), 0.1))
    except ExceptionGroup as eg:
        print(f"outer group with {len(eg.exceptions)}")
        print("\n".join(shape(eg, 1)))
        match, rest = eg.split(ValueError)
        print("split ValueError:", [str(e) for e in match.exceptions[0].exceptions])
        print("rest leaves:", sorted(type(e).__name__ for e in rest.exceptions[0].exceptions))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except* ValueError as eg:
        print("except* ValueError caught", len(eg.exceptions), "group(s)")
    except* TypeError as eg:
        print("except* TypeError caught", len(eg.exceptions), "group(s)")


asyncio.run(main())
