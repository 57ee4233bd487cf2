# asyncio.to_thread runs blocking calls off the loop: three time.sleep(0.2) calls in
# parallel finish together at ~0.2 s; args/kwargs, return values and exceptions pass through.
import asyncio
import time


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


def blocking(seconds, tag):
    time.sleep(seconds)
    return f"{tag} slept {seconds}"


def compute(n, *, scale=1):
    total = 0
    for i in range(n):
        total += i * i
    return total * scale


def failing():
    time.sleep(0.1)
    raise ValueError("raised in a thread")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(*(asyncio.to_thread(blocking, 0.2, f"t{i}") for i in range(3)))
    print(results)
    print(f"parallel elapsed {tenths(loop.time() - t0)}")

    print(await asyncio.to_thread(compute, 1000, scale=2))

    t0 = loop.time()
    try:
        await asyncio.to_thread(failing)
    except ValueError as e:
        print("caught", type(e).__name__, e, f"at {tenths(loop.time() - t0)}")

    t0 = loop.time()
    for i in range(2):
        print(await asyncio.to_thread(blocking, 0.1, f"seq{i}"))
    print(f"sequential elapsed {tenths(loop.time() - t0)}")


asyncio.run(main())
