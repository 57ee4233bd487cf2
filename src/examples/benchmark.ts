import { py, type Example } from './example.ts';

export const benchmark: Example = {
  id: 'benchmark',
  title: 'Benchmark: 100 requests',
  section: 'Performance considerations',
  lookFor:
    'A hundred one-second requests. The async benchmark gathers them: a hundred lanes all wait together and the whole batch takes 1 s. The sync benchmark does them in a row on the <main> lane: 100 s of blocking. Zoom out with "Fit" to see both; the virtual clock makes the slow half instant for you.',
  code: py`
    import asyncio
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
        end = time.time()
        print(f"Async: {end - start:.1f} seconds")

    def sync_benchmark():
        start = time.time()
        for i in range(100):
            fetch_data_sync(f"url{i}")
        end = time.time()
        print(f"Sync: {end - start:.1f} seconds")

    asyncio.run(async_benchmark())
    sync_benchmark()
  `,
};
