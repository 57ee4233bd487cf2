/**
 * The reducer's working state: mutable, so a 100,000-event fold allocates almost nothing
 * per event. Per-task flags live in typed arrays indexed by task id (ids are small and
 * dense): with 20,000 tasks, a plain array or Map that size costs ~1 ms to build or copy,
 * a typed array microseconds. Records inside are replaced, never mutated, so checkpoints
 * share them; the ones LoopStates also share (waits, threads, blocks) are frozen.
 */
import type { BlockedLoop, BusyThread, SyncObjectState, WaitingTask } from './types.ts';

/** A sync object as the reducer keeps it: its waiters are derived at snapshot time. */
export type SyncObjectRecord = Readonly<Omit<SyncObjectState, 'waiters'>>;

/** The reducer's working state after event `index`; turn it into a LoopState with toLoopState. */
export interface LoopWorking {
  index: number;
  /** Virtual seconds. */
  t: number;
  running: number | null;
  /**
   * The ready queue in order, from `readyHead` on (entries before it have left: the loop takes
   * from the front, and Array.shift on 50,000 entries copies them all). May hold the running
   * task: sleep(0) requeues itself before it suspends. Read it through readyQueue().
   */
  ready: number[];
  readyHead: number;
  /** By task id: 1 while it is in `ready`. */
  readyOf: Uint8Array;
  /** Current waits in the order they began (FIFO queues and timer ties read in order); null = over. */
  waits: (Readonly<WaitingTask> | null)[];
  /** How many entries of `waits` are null; compacted away once they are half. */
  deadWaits: number;
  /** By task id: 1 + its index in `waits`, or 0 when it is not waiting. */
  waitSlot: Int32Array;
  /** By task id: 1 while a cancellation is requested and not yet delivered. */
  cancelOf: Uint8Array;
  /** By obj, in creation order. */
  objects: Map<number, SyncObjectRecord>;
  blocked: Readonly<BlockedLoop> | null;
  /** By thread lane. */
  threads: Map<number, Readonly<BusyThread>>;
  /** The task parked in asyncio.run() (an 'event-loop' wait), usually the main program. */
  loopHost: number | null;
  /** Append-only, in the order tasks ended (a checkpoint keeps just their lengths). */
  finished: number[];
  cancelled: number[];
  failed: number[];
}

/** The state before the first event, with room for task ids below `capacity` (it grows as needed). */
export function emptyWorking(capacity = 64): LoopWorking {
  return {
    index: -1, t: 0, running: null, ready: [], readyHead: 0, readyOf: new Uint8Array(capacity), waits: [], deadWaits: 0,
    waitSlot: new Int32Array(capacity), cancelOf: new Uint8Array(capacity), objects: new Map(),
    blocked: null, threads: new Map(), loopHost: null, finished: [], cancelled: [], failed: [],
  };
}

/** The ready queue in order (a fresh array). */
export function readyQueue(w: LoopWorking): number[] {
  return w.ready.slice(w.readyHead);
}

/** Takes a queued task off the ready queue; amortized O(1) when it is at the front, as it nearly always is. */
export function leaveReady(w: LoopWorking, task: number): void {
  const at = w.ready.indexOf(task, w.readyHead);
  if (at < 0) return;
  if (at === w.readyHead) w.readyHead++;
  else w.ready.splice(at, 1);
  if (w.readyHead * 2 > w.ready.length) {
    w.ready = w.ready.slice(w.readyHead);
    w.readyHead = 0;
  }
}

/** Ends the task's current wait, if any. */
export function endWait(w: LoopWorking, task: number): void {
  const slot = w.waitSlot[task]!;
  if (slot === 0) return;
  w.waits[slot - 1] = null;
  w.waitSlot[task] = 0;
  if (++w.deadWaits * 2 > w.waits.length) compactWaits(w);
}

/** Drops ended waits, keeping order; amortized O(1) per wait. */
function compactWaits(w: LoopWorking): void {
  const live = w.waits.filter((wait) => wait !== null);
  live.forEach((wait, i) => (w.waitSlot[wait.task] = i + 1));
  w.waits = live;
  w.deadWaits = 0;
}

/** Makes room for task ids up to `task`, doubling so growth is amortized. */
export function grow(w: LoopWorking, task: number): void {
  const size = Math.max(task + 1, w.readyOf.length * 2);
  const readyOf = new Uint8Array(size);
  const waitSlot = new Int32Array(size);
  const cancelOf = new Uint8Array(size);
  readyOf.set(w.readyOf);
  waitSlot.set(w.waitSlot);
  cancelOf.set(w.cancelOf);
  Object.assign(w, { readyOf, waitSlot, cancelOf });
}
