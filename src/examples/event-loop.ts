import { py, type Example } from './example.ts';

export const eventLoop: Example = {
  id: 'event-loop',
  title: 'The event loop runs tasks',
  section: 'Core concepts',
  lookFor:
    'create_task() gives each coroutine its own lane. All three start at 0 s, in the order they were created (A, B, C), then wait on their sleeps. The loop wakes them in deadline order: B at 1 s, A at 2 s, C at 3 s. main() waits on gather(3) the whole time and resumes only when the last one is done, so the run ends at 3 s, not 6 s.',
  code: py`
    import asyncio

    async def task(name, delay):
        print(f"Task {name} starting")
        await asyncio.sleep(delay)
        print(f"Task {name} completed")
        return f"Result from {name}"

    async def main():
        task1 = asyncio.create_task(task("A", 2))
        task2 = asyncio.create_task(task("B", 1))
        task3 = asyncio.create_task(task("C", 3))
        results = await asyncio.gather(task1, task2, task3)
        print(f"All tasks completed: {results}")

    asyncio.run(main())
  `,
};
