import { py, type Example } from './example.ts';

export const executorFix: Example = {
  id: 'executor',
  title: 'Blocking code in a thread (to_thread)',
  section: 'Common pitfalls',
  lookFor:
    'The same blocking call, moved off the loop with asyncio.to_thread(). A worker-thread lane appears at the bottom and does the 2 s of blocking work there, while the task waits on it and the heartbeat keeps ticking every 0.5 s. No red band: the loop was never blocked. (Loopscope simulates the thread; time.sleep inside it costs virtual time only.)',
  code: py`
    import asyncio
    import time

    def blocking_function():
        time.sleep(2)  # fine here: this runs in a worker thread
        return "blocking result"

    async def heartbeat():
        for i in range(8):
            print(f"tick {i}")
            await asyncio.sleep(0.5)

    async def run_blocking():
        await asyncio.sleep(1)
        result = await asyncio.to_thread(blocking_function)
        print(result)

    async def main():
        await asyncio.gather(heartbeat(), run_blocking())

    asyncio.run(main())
  `,
};
