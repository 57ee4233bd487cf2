import { py, type Example } from './example.ts';

export const cancellation: Example = {
  id: 'cancellation',
  title: 'Cancellation',
  section: 'Advanced patterns',
  lookFor:
    'The task ticks once a second. At 3 s main() calls task.cancel(): the cancel mark appears on the task lane, and CancelledError is raised inside it at the sleep it was waiting on. The task prints, re-raises, and ends cancelled; main() sees the CancelledError when it awaits the task.',
  code: py`
    import asyncio

    async def long_running_task():
        try:
            for i in range(10):
                print(f"Working... {i}")
                await asyncio.sleep(1)
            return "Completed"
        except asyncio.CancelledError:
            print("Task was cancelled")
            raise

    async def main():
        task = asyncio.create_task(long_running_task())
        await asyncio.sleep(3)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("Task cancelled successfully")

    asyncio.run(main())
  `,
};
