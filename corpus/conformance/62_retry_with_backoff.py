# A retry loop with exponential backoff around wait_for: attempts time out or fail
# until one succeeds; each attempt's outcome time and each backoff are printed.
import asyncio


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


T0 = 0.0
attempts = 0


def now():
    return tenths(asyncio.get_running_loop().time() - T0)


async def flaky_call():
    global attempts
    attempts += 1
    n = attempts
    if n == 1:
        await asyncio.sleep(1.0)
        return "too slow"
    if n == 2:
        await asyncio.sleep(0.1)
        raise ConnectionResetError("reset by peer")
    await asyncio.sleep(0.1)
    return f"ok on attempt {n}"


async def with_retries(max_attempts=5):
    global T0
    loop = asyncio.get_running_loop()
    delay = 0.1
    for attempt in range(1, max_attempts + 1):
        T0 = loop.time()
        print(f"attempt {attempt}")
        try:
            return await asyncio.wait_for(flaky_call(), timeout=0.2)
        except TimeoutError:
            print(f"  timed out after {now()}")
        except ConnectionError as e:
            print(f"  failed with {type(e).__name__}: {e} after {now()}")
        T0 = loop.time()
        await asyncio.sleep(delay)
        print(f"  backed off for {now()}")
        delay *= 2
    raise RuntimeError("gave up")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    result = await with_retries()
    print(result, "after", now(), "in the last attempt")
    total = loop.time() - start
    print("whole retry loop took about 0.7 s:", 0.65 < total < 1.0)


asyncio.run(main())
