import { py, type Example } from './example.ts';

export const producerConsumerBroken: Example = {
  id: 'producer-consumer-broken',
  title: 'Producer/consumer: the guide’s deadlock',
  section: 'Advanced patterns',
  expect: 'deadlock',
  lookFor:
    'This is the guide’s code, unchanged, and real Python hangs on it forever. The producer sends one None sentinel but there are two consumers: one consumer stops, the other waits on Queue.get() for an item that never comes, and main() waits on gather() for that consumer. Loopscope notices nothing can ever wake up and stops; the deadlock panel lists who is stuck, on which line, waiting on what.',
  code: py`
    import asyncio

    async def producer(queue, items):
        for item in items:
            await queue.put(item)
            print(f"Produced: {item}")
            await asyncio.sleep(0.5)
        await queue.put(None)  # Sentinel value

    async def consumer(queue, name):
        while True:
            item = await queue.get()
            if item is None:
                queue.task_done()
                break
            print(f"Consumer {name} processed: {item}")
            await asyncio.sleep(1)
            queue.task_done()

    async def main():
        queue = asyncio.Queue(maxsize=5)
        await asyncio.gather(
            producer(queue, range(10)),
            consumer(queue, "A"),
            consumer(queue, "B"),
        )

    asyncio.run(main())
  `,
};
