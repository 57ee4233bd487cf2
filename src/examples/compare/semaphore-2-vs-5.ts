import { py } from '../example.ts';
import type { CompareExample } from './compare-example.ts';

const workers = (permits: number) => py`
  import asyncio

  async def worker(semaphore, task_id):
      async with semaphore:
          print(f"Task {task_id} started")
          await asyncio.sleep(1)

  async def main():
      semaphore = asyncio.Semaphore(${permits})  # at most ${permits} at a time
      await asyncio.gather(*(worker(semaphore, i) for i in range(10)))

  asyncio.run(main())
`;

/** One number changed: how many workers a semaphore lets through at once. */
export const semaphore2vs5: CompareExample = {
  id: 'semaphore-2-vs-5',
  title: 'Semaphore(2) vs Semaphore(5)',
  section: 'Compare two versions',
  lookFor:
    'Ten one-second jobs behind a semaphore. With 2 permits they go through in five waves and the run takes 5 s; with 5 permits, two waves and 2 s. Step through either one and watch the Semaphore in the event-loop panel: its free permits, and the line of waiters shrinking each time a worker leaves.',
  variants: [
    { name: 'Semaphore(2)', code: workers(2) },
    { name: 'Semaphore(5)', code: workers(5) },
  ],
};
