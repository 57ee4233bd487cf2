/**
 * From the reducer's working state to the plain LoopState the views read. The arrays are
 * fresh; the waits, threads and blocks in them are the reducer's frozen records, shared
 * (objects, being few, are copied). So a LoopState never changes when the reducer moves
 * on, and costs little to make even with 10,000 tasks waiting.
 */
import type { WaitKind } from '../../protocol/trace.ts';
import { readyQueue, type LoopWorking } from './working.ts';
import type { LoopState, PendingTimer, SyncObjectState, WaitingTask } from './types.ts';

/**
 * Waits whose `until` is not an asyncio timer: a worker thread's end is known to the
 * simulator, but the real loop learns of it from the thread (call_soon_threadsafe).
 */
const NOT_A_TIMER: ReadonlySet<WaitKind> = new Set<WaitKind>(['executor']);

/** The LoopState for the reducer's current position. */
export function toLoopState(w: LoopWorking): LoopState {
  const waiting = w.waits.filter((wait) => wait !== null);
  const cancelRequested: number[] = [];
  w.cancelOf.forEach((pending, task) => pending && cancelRequested.push(task));
  return {
    index: w.index,
    t: w.t,
    running: w.running,
    ready: readyQueue(w).filter((task) => task !== w.running),
    waiting,
    timers: timersOf(waiting),
    objects: objectsOf(w, waiting),
    blocked: w.blocked,
    threads: [...w.threads.values()],
    loopRunning: w.loopHost !== null,
    cancelRequested,
    finished: w.finished.slice(),
    cancelled: w.cancelled.slice(),
    failed: w.failed.slice(),
  };
}

/**
 * The same state seen at a later moment t (virtual seconds) before the next event:
 * blocks and thread spans that ended by t are gone. Used for "the loop at 2.5 s".
 */
export function seenAt(state: LoopState, t: number): LoopState {
  const at = Math.max(state.t, t);
  const blocked = state.blocked && state.blocked.until > at ? state.blocked : null;
  return { ...state, t: at, blocked, threads: state.threads.filter((span) => span.until > at) };
}

/** Soonest first; Array.prototype.sort is stable, so ties keep the order they were set in. */
function timersOf(waiting: readonly WaitingTask[]): PendingTimer[] {
  const timers: PendingTimer[] = [];
  for (const wait of waiting) {
    if (wait.until !== undefined && !NOT_A_TIMER.has(wait.kind)) timers.push({ task: wait.task, due: wait.until, label: wait.label });
  }
  return timers.sort((a, b) => a.due - b.due);
}

/** Each object with the tasks waiting on it, first come first served (the order asyncio wakes them). */
function objectsOf(w: LoopWorking, waiting: readonly WaitingTask[]): SyncObjectState[] {
  const waiters = new Map<number, number[]>();
  for (const wait of waiting) {
    if (wait.object === undefined) continue;
    const queue = waiters.get(wait.object);
    if (queue) queue.push(wait.task);
    else waiters.set(wait.object, [wait.task]);
  }
  return [...w.objects.values()].map((o) => ({ ...o, state: { ...o.state }, waiters: waiters.get(o.obj) ?? [] }));
}
