import { py, type Example } from './example.ts';

export const syncVsAsync: Example = {
  id: 'sync-vs-async',
  title: 'Synchronous vs asynchronous',
  section: 'Understanding the basics',
  lookFor:
    'The same three one-second "downloads", twice. First the synchronous version: the <main> lane is one solid block after another, because time.sleep() holds the whole program for 3 s. Then the async version: three fetch_data tasks wait side by side (hatched bars) and all finish at the same moment, so the second half takes 1 s instead of 3.',
  code: py`
    import asyncio
    import time

    def fetch_data_sync(url):
        time.sleep(1)  # blocks: nothing else can happen
        return f"Data from {url}"

    async def fetch_data(url):
        await asyncio.sleep(1)  # waits: the loop runs others meanwhile
        return f"Data from {url}"

    async def main():
        start = time.time()
        results = await asyncio.gather(
            fetch_data("url1"),
            fetch_data("url2"),
            fetch_data("url3"),
        )
        print(f"Async: {time.time() - start:.1f} seconds")
        print(results)

    start = time.time()
    for url in ["url1", "url2", "url3"]:
        fetch_data_sync(url)
    print(f"Sync: {time.time() - start:.1f} seconds")

    asyncio.run(main())
  `,
};
