import { py, type Example } from './example.ts';

export const awaitables: Example = {
  id: 'awaitables',
  title: 'Three kinds of awaitables',
  section: 'Core concepts',
  lookFor:
    'Awaiting a coroutine runs it in place (no new lane). Awaiting a Task waits on another lane: main() shows "Task" as what it awaits. A Future is just a box for a result: main() waits on it until the timer set with call_later fills it at 0.5 s. Unlike the guide, the Future is created inside the running loop, which is where asyncio wants it.',
  code: py`
    import asyncio

    async def coro():
        return "coroutine"

    async def task_func():
        await asyncio.sleep(0.2)
        return "task"

    async def main():
        result1 = await coro()  # 1. a coroutine

        task = asyncio.create_task(task_func())
        result2 = await task  # 2. a task

        loop = asyncio.get_running_loop()
        future = loop.create_future()  # 3. a future
        loop.call_later(0.5, future.set_result, "future result")
        result3 = await future

        print(result1, result2, result3)

    asyncio.run(main())
  `,
};
