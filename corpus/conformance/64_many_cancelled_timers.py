# Most of many timers cancelled: the loop drops cancelled timers from its heap in bulk once they
# are more than half of over a hundred, and the rest still fire in deadline order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(0.002 * (i + 1), fired.append, i) for i in range(300)]
    for i, handle in enumerate(handles):
        if i % 6:  # cancel five in six
            handle.cancel()
    await asyncio.sleep(1)
    print(len(fired), fired[:4], fired[-2:])
    print("in order:", fired == sorted(fired))

    late = loop.call_later(0.5, fired.append, "late")
    loop.call_later(0.1, late.cancel)
    soon = loop.call_later(0.2, fired.append, "soon")
    await asyncio.sleep(1)
    print(fired[-1], late.cancelled(), soon.cancelled())


asyncio.run(main())
