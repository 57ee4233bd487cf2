import { py, type Example } from './example.ts';

export const asCompleted: Example = {
  id: 'as-completed',
  title: 'as_completed: first come, first served',
  section: 'Beyond the guide',
  lookFor:
    'gather() hands back results in the order you asked; as_completed() hands them back in the order they finish. Watch main() resume three times, once per finishing fetch: 0.3 s, 0.6 s, 1.0 s, printing each result as soon as it exists.',
  code: py`
    import asyncio

    async def fetch(name, delay):
        await asyncio.sleep(delay)
        return f"{name} after {delay} s"

    async def main():
        jobs = [fetch("slow", 1.0), fetch("fast", 0.3), fetch("medium", 0.6)]
        for next_done in asyncio.as_completed(jobs):
            print(await next_done)

    asyncio.run(main())
  `,
};
