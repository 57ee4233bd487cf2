import { py, type Example } from './example.ts';

export const semaphore: Example = {
  id: 'semaphore',
  title: 'Semaphores for rate limiting',
  section: 'Advanced patterns',
  lookFor:
    'Ten workers start at once, but only three get past "async with semaphore". The other seven wait on Semaphore.acquire() (hatched), and each time a worker leaves, the next one enters. Read the lanes as waves: three at 0 s, three at 1 s, three at 2 s, the last at 3 s; the run ends at 4 s.',
  code: py`
    import asyncio

    async def worker(semaphore, task_id):
        async with semaphore:
            print(f"Task {task_id} started")
            await asyncio.sleep(1)
            print(f"Task {task_id} completed")

    async def main():
        semaphore = asyncio.Semaphore(3)  # at most 3 at a time
        tasks = [worker(semaphore, i) for i in range(10)]
        await asyncio.gather(*tasks)

    asyncio.run(main())
  `,
};
