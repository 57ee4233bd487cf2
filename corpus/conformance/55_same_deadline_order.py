# Timers due at the same moment fire in the order they were scheduled: tasks sleeping
# the same amount wake in creation order, equal call_later delays run in call order.
import asyncio

order = []


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    order.append(name)


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(*(sleeper(n, 0.2) for n in "abcdef"))
    print("same delay:", "".join(order))
    order.clear()

    await asyncio.gather(*(sleeper(n, d) for n, d in zip("abcdef", (0.3, 0.1, 0.3, 0.2, 0.1, 0.2))))
    print("mixed delays:", "".join(order))
    order.clear()

    for i in range(6):
        loop.call_later(0.1, order.append, i)
    loop.call_later(0.2, order.append, "late")
    for i in range(6, 9):
        loop.call_later(0.1, order.append, i)
    await asyncio.sleep(0.3)
    print("call_later:", order)


asyncio.run(main())
