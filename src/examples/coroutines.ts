import { py, type Example } from './example.ts';

export const coroutines: Example = {
  id: 'coroutines',
  title: 'Coroutines',
  section: 'Core concepts',
  lookFor:
    'Calling my_coroutine() does not run it: it makes a coroutine object, which runs only when awaited. Awaiting a coroutine runs it inside the current task, so there is no new lane: everything happens on the main() task, which waits 1 s on sleep(1) between "Hello" and "World". Hover the print marks to see when each line was printed.',
  code: py`
    import asyncio

    async def my_coroutine():
        print("Hello")
        await asyncio.sleep(1)
        print("World")
        return "Done"

    async def main():
        coro = my_coroutine()  # nothing runs yet
        print(type(coro).__name__)
        result = await coro  # now it runs, inside this task
        print(result)

    asyncio.run(main())
  `,
};
