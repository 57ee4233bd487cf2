import { py } from '../example.ts';
import type { CompareExample } from './compare-example.ts';

/** The guide's first lesson as a comparison: the same three fetches, awaited in turn or gathered. */
export const sequentialVsGather: CompareExample = {
  id: 'sequential-vs-gather',
  title: 'Sequential awaits vs gather',
  section: 'Compare two versions',
  lookFor:
    'Both tabs fetch the same three URLs, one second each. "sequential" awaits them one after another, so main() waits on one fetch_data at a time and the run takes 3 s. "gather" starts all three at once: three lanes wait side by side and the run takes 1 s. The two timelines share one time axis, so the difference is the width of the bars.',
  variants: [
    {
      name: 'sequential',
      code: py`
        import asyncio

        async def fetch_data(url):
            await asyncio.sleep(1)  # a one-second download
            return f"Data from {url}"

        async def main():
            result1 = await fetch_data("url1")
            result2 = await fetch_data("url2")
            result3 = await fetch_data("url3")
            print([result1, result2, result3])

        asyncio.run(main())
      `,
    },
    {
      name: 'gather',
      code: py`
        import asyncio

        async def fetch_data(url):
            await asyncio.sleep(1)  # a one-second download
            return f"Data from {url}"

        async def main():
            results = await asyncio.gather(
                fetch_data("url1"),
                fetch_data("url2"),
                fetch_data("url3"),
            )
            print(results)

        asyncio.run(main())
      `,
    },
  ],
};
