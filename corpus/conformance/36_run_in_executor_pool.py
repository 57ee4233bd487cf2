# loop.run_in_executor with an explicit ThreadPoolExecutor(max_workers=2): four 0.2 s
# jobs take ~0.4 s; the default executor (None) runs jobs concurrently as well.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


def job(seconds, n):
    time.sleep(seconds)
    return n * n


def checksum(data):
    return sum(data) % 997


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, job, 0.2, i) for i in range(4)]
        print(await asyncio.gather(*futs))
        print(f"2 workers, 4 jobs: {tenths(loop.time() - t0)}")
        print("checksum", await loop.run_in_executor(pool, checksum, list(range(10000))))

    t0 = loop.time()
    futs = [loop.run_in_executor(None, job, 0.3, i) for i in range(1, 4)]
    print(await asyncio.gather(*futs))
    print(f"default executor: {tenths(loop.time() - t0)}")

    t0 = loop.time()
    with ThreadPoolExecutor(max_workers=1) as single:
        futs = [loop.run_in_executor(single, job, 0.1, i) for i in range(3)]
        print(await asyncio.gather(*futs))
    print(f"1 worker, 3 jobs: {tenths(loop.time() - t0)}")


asyncio.run(main())
