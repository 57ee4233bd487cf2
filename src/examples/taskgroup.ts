import { py, type Example } from './example.ts';

export const taskGroup: Example = {
  id: 'taskgroup',
  title: 'TaskGroup: structured concurrency',
  section: 'Beyond the guide',
  lookFor:
    'Three downloads in an "async with asyncio.TaskGroup()". When "b" fails at 0.5 s, the group cancels its siblings: "a" and "c" get cancel marks at that moment instead of finishing. main() leaves the block with an ExceptionGroup that holds the one real error, and prints it.',
  code: py`
    import asyncio

    async def download(name, delay, fail=False):
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name} failed")
        return name

    async def main():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(download("a", 1))
                tg.create_task(download("b", 0.5, fail=True))
                tg.create_task(download("c", 2))
        except* ConnectionError as group:
            for error in group.exceptions:
                print("caught:", error)

    asyncio.run(main())
  `,
};
