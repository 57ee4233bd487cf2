import { py, type Example } from './example.ts';

export const blockingTheLoop: Example = {
  id: 'blocking',
  title: 'Blocking the event loop',
  section: 'Common pitfalls',
  lookFor:
    'A heartbeat wants to tick every 0.5 s. At 1 s bad_function() calls time.sleep(2), and the whole loop freezes: the red band marks the 2 s when no other task could run. The heartbeat’s sleep ended in the middle of it, but it only resumes when the band ends (its "ready, loop busy" stretch). One blocking call delays everyone.',
  code: py`
    import asyncio
    import time

    async def heartbeat():
        for i in range(8):
            print(f"tick {i}")
            await asyncio.sleep(0.5)

    async def bad_function():
        await asyncio.sleep(1)
        time.sleep(2)  # Blocking! The loop cannot run anything else.
        print("bad_function done")

    async def main():
        await asyncio.gather(heartbeat(), bad_function())

    asyncio.run(main())
  `,
};
