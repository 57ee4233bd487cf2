import { py, type Example } from './example.ts';

export const lock: Example = {
  id: 'lock',
  title: 'Lock: one at a time',
  section: 'Beyond the guide',
  lookFor:
    'Three tasks update a shared balance, and each update awaits in the middle (a read, a pause, a write). The Lock makes them take turns: one holds it while the others wait on Lock.acquire(), so the lanes form a staircase and the final balance is right (300). Delete the "async with lock:" line and run again to watch the updates interleave and the balance come out wrong.',
  code: py`
    import asyncio

    balance = 0

    async def deposit(lock, amount):
        global balance
        async with lock:
            current = balance
            await asyncio.sleep(0.5)  # e.g. a round trip to a database
            balance = current + amount

    async def main():
        lock = asyncio.Lock()
        await asyncio.gather(*[deposit(lock, 100) for _ in range(3)])
        print("balance:", balance)

    asyncio.run(main())
  `,
};
