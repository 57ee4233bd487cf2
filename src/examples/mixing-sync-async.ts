import { py, type Example } from './example.ts';

export const mixingSyncAsync: Example = {
  id: 'mixing-sync-async',
  title: 'Calling async code from sync code',
  section: 'Common pitfalls',
  lookFor:
    '"await" only works inside "async def". From ordinary code, asyncio.run() is the bridge: it starts an event loop, runs the coroutine to completion and returns its result. Each call starts a fresh loop, so the two calls run one after the other and the <main> lane waits on each in turn.',
  code: py`
    import asyncio

    async def async_function(n):
        await asyncio.sleep(0.5)
        return n * 2

    def sync_function(n):
        # Not allowed here:  result = await async_function(n)
        return asyncio.run(async_function(n))

    print(sync_function(1))
    print(sync_function(2))
  `,
};
