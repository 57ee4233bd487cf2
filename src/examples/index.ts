import { aiofilesIo } from './aiofiles-io.ts';
import { aiohttpRequests } from './aiohttp-requests.ts';
import { asCompleted } from './as-completed.ts';
import { asyncpgPool } from './asyncpg-pool.ts';
import { awaitables } from './awaitables.ts';
import { benchmark } from './benchmark.ts';
import { blockingTheLoop } from './blocking-the-loop.ts';
import { cancellation } from './cancellation.ts';
import { coroutines } from './coroutines.ts';
import { event } from './event.ts';
import { eventLoop } from './event-loop.ts';
import type { Example } from './example.ts';
import { executorFix } from './executor-fix.ts';
import { forgettingToAwait } from './forgetting-to-await.ts';
import { lock } from './lock.ts';
import { mixingSyncAsync } from './mixing-sync-async.ts';
import { producerConsumerBroken } from './producer-consumer-broken.ts';
import { producerConsumerFixed } from './producer-consumer-fixed.ts';
import { semaphore } from './semaphore.ts';
import { syncVsAsync } from './sync-vs-async.ts';
import { taskGroup } from './taskgroup.ts';
import { timeout } from './timeout.ts';

export type { Example } from './example.ts';

/** The gallery, in the guide's order, then the patterns it leaves out. */
export const EXAMPLES: readonly Example[] = [
  syncVsAsync,
  coroutines,
  eventLoop,
  awaitables,
  aiohttpRequests,
  asyncpgPool,
  aiofilesIo,
  semaphore,
  timeout,
  cancellation,
  producerConsumerFixed,
  producerConsumerBroken,
  blockingTheLoop,
  executorFix,
  forgettingToAwait,
  mixingSyncAsync,
  benchmark,
  taskGroup,
  asCompleted,
  event,
  lock,
];

/** The program a first-time visitor sees: short, and every lane tells something. */
export const DEFAULT_EXAMPLE: Example = eventLoop;

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
