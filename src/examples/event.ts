import { py, type Example } from './example.ts';

export const event: Example = {
  id: 'event',
  title: 'Event: one signal, many waiters',
  section: 'Beyond the guide',
  lookFor:
    'Three waiters block on Event.wait() from the start. At 1.5 s the setter calls event.set(), and all three wake in the same instant: their waits end together and each prints right away. An Event is a gate that, once open, stays open.',
  code: py`
    import asyncio

    async def waiter(event, name):
        print(f"{name} waiting")
        await event.wait()
        print(f"{name} released")

    async def setter(event):
        await asyncio.sleep(1.5)
        print("setting the event")
        event.set()

    async def main():
        event = asyncio.Event()
        await asyncio.gather(
            waiter(event, "A"), waiter(event, "B"), waiter(event, "C"),
            setter(event),
        )

    asyncio.run(main())
  `,
};
