import { py, type Example } from './example.ts';

export const timeout: Example = {
  id: 'timeout',
  title: 'Timeouts',
  section: 'Advanced patterns',
  lookFor:
    'slow_operation() wants 5 s but wait_for() gives it 2. At 2 s the timer fires: the slow task is cancelled (see its cancel mark) and main() gets TimeoutError instead of a result. The second half does the same with the newer "async with asyncio.timeout()" block.',
  code: py`
    import asyncio

    async def slow_operation():
        await asyncio.sleep(5)
        return "Result"

    async def main():
        try:
            result = await asyncio.wait_for(slow_operation(), timeout=2.0)
            print(result)
        except asyncio.TimeoutError:
            print("Operation timed out")

        try:
            async with asyncio.timeout(1.0):
                await slow_operation()
        except TimeoutError:
            print("Timed out again, one second later")

    asyncio.run(main())
  `,
};
