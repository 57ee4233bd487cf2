import { py, type Example } from './example.ts';

export const producerConsumerFixed: Example = {
  id: 'producer-consumer-fixed',
  title: 'Producer/consumer, fixed',
  section: 'Advanced patterns',
  lookFor:
    'One sentinel per consumer, so both consumers stop. Follow the queue: the producer puts an item every 0.5 s, consumers wait on Queue.get() when it is empty and take turns processing (1 s each). Because two consumers share the work, they keep up with the producer and nobody waits forever.',
  code: py`
    import asyncio

    NUM_CONSUMERS = 2

    async def producer(queue, items):
        for item in items:
            await queue.put(item)
            print(f"Produced: {item}")
            await asyncio.sleep(0.5)
        for _ in range(NUM_CONSUMERS):
            await queue.put(None)  # one sentinel per consumer

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
            producer(queue, range(6)),
            consumer(queue, "A"),
            consumer(queue, "B"),
        )
        print("All items processed")

    asyncio.run(main())
  `,
};
