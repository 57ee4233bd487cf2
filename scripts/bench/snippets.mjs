/** The programs the bench runs, in one place (the browser and the Node engine read the same ones). */
import { readFileSync } from 'node:fs';

const SEEDS = new URL('../../../shared/corpus/seed/', import.meta.url);

/** A seed example from the shared corpus, unmodified. */
export const seed = (file) => readFileSync(new URL(file, SEEDS), 'utf8');

/** n tasks through one gather, each waiting a different virtual time (so lanes differ): ends at 0.99 s. */
export const gatherTasks = (n) => `import asyncio

async def work(i):
    await asyncio.sleep(i % 100 / 100)
    return i

async def main():
    results = await asyncio.gather(*(work(i) for i in range(${n})))
    print(len(results), "tasks done")

asyncio.run(main())
`;

/** Pure-Python arithmetic in a few tasks that yield now and then: few events, much bytecode. */
export const cpuHeavy = `import asyncio

def crunch(n):
    total = 0
    for i in range(n):
        total = (total + i * i) % 1000003
    return total

async def worker(k):
    total = 0
    for _ in range(10):
        total += crunch(30_000)
        await asyncio.sleep(0)
    return total

async def main():
    print(sum(await asyncio.gather(*(worker(k) for k in range(4)))))

asyncio.run(main())
`;

/** The guide's benchmark (the gallery's "Benchmark: 100 requests"): 1 s of gathered sleeps, then 100 s of blocking ones. */
export const hundredRequests = `import asyncio
import time

async def fetch_data(url):
    await asyncio.sleep(1)
    return f"Data from {url}"

def fetch_data_sync(url):
    time.sleep(1)
    return f"Data from {url}"

async def async_benchmark():
    start = time.time()
    await asyncio.gather(*[fetch_data(f"url{i}") for i in range(100)])
    print(f"Async: {time.time() - start:.1f} seconds")

def sync_benchmark():
    start = time.time()
    for i in range(100):
        fetch_data_sync(f"url{i}")
    print(f"Sync: {time.time() - start:.1f} seconds")

asyncio.run(async_benchmark())
sync_benchmark()
`;

/** 100 simulated aiohttp GETs, one after another: 10 s of virtual network time. */
export const aiohttpSequential = `import asyncio
import aiohttp

async def main():
    async with aiohttp.ClientSession() as session:
        for i in range(100):
            async with session.get(f"https://example.com/items/{i}") as response:
                await response.text()
    print("done")

asyncio.run(main())
`;
