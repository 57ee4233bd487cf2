import { py, type Example } from './example.ts';

export const forgettingToAwait: Example = {
  id: 'forgetting-to-await',
  title: 'Forgetting to await',
  section: 'Common pitfalls',
  lookFor:
    'Without await, fetch_data() returns a coroutine object and never runs: the first print shows "<coroutine object ...>", and Python warns "coroutine \'fetch_data\' was never awaited" (a warning mark, and a yellow squiggle on the line in the editor). With await, the function runs and you get the data.',
  code: py`
    import asyncio

    async def fetch_data():
        await asyncio.sleep(0.1)
        return "data"

    async def main():
        result = fetch_data()  # forgot await: a coroutine, not the data
        print("without await:", result)

        result = await fetch_data()
        print("with await:", result)

    asyncio.run(main())
  `,
};
