/**
 * Checkpoints: the reducer's working state stored compactly, holding only what is live
 * (queued, waiting, cancelling tasks), so a run with 20,000 tasks and a checkpoint every
 * 1,000 events stays a few megabytes. The finished/cancelled/failed lists only ever grow
 * during the fold, so a checkpoint keeps their lengths and restore() slices the final lists.
 */
import { emptyWorking, readyQueue, type LoopWorking, type SyncObjectRecord } from './working.ts';
import type { BlockedLoop, BusyThread, WaitingTask } from './types.ts';

/** The working state after event `index`, minus everything that can be rebuilt. */
export interface LoopCheckpoint {
  readonly index: number;
  /** Virtual seconds. */
  readonly t: number;
  readonly running: number | null;
  readonly ready: readonly number[];
  /** Live waits, in the order they began. */
  readonly waits: readonly Readonly<WaitingTask>[];
  readonly cancels: readonly number[];
  readonly objects: readonly SyncObjectRecord[];
  readonly blocked: Readonly<BlockedLoop> | null;
  readonly threads: readonly Readonly<BusyThread>[];
  readonly loopHost: number | null;
  /** Lengths of the finished, cancelled and failed lists. */
  readonly ended: readonly [number, number, number];
}

/** A compact copy of `w`; later events applied to `w` do not change it. */
export function checkpointOf(w: LoopWorking): LoopCheckpoint {
  const cancels: number[] = [];
  w.cancelOf.forEach((pending, task) => pending && cancels.push(task));
  return {
    index: w.index, t: w.t, running: w.running, ready: readyQueue(w),
    waits: w.waits.filter((wait) => wait !== null), cancels,
    objects: [...w.objects.values()], blocked: w.blocked, threads: [...w.threads.values()], loopHost: w.loopHost,
    ended: [w.finished.length, w.cancelled.length, w.failed.length],
  };
}

/**
 * A fresh working state equal to the one `cp` was taken from. `final` is the fold's last
 * state: its ended lists hold the checkpoint's as prefixes, and its arrays' size fits every task id.
 */
export function restore(cp: LoopCheckpoint, final: LoopWorking): LoopWorking {
  const w = emptyWorking(final.readyOf.length);
  for (const task of cp.ready) w.readyOf[task] = 1;
  cp.waits.forEach((wait, i) => (w.waitSlot[wait.task] = i + 1));
  for (const task of cp.cancels) w.cancelOf[task] = 1;
  const [finished, cancelled, failed] = cp.ended;
  return Object.assign(w, {
    index: cp.index, t: cp.t, running: cp.running, ready: cp.ready.slice(), readyHead: 0, waits: cp.waits.slice(),
    objects: new Map(cp.objects.map((o) => [o.obj, o])), blocked: cp.blocked,
    threads: new Map(cp.threads.map((span) => [span.thread, span])), loopHost: cp.loopHost,
    finished: final.finished.slice(0, finished), cancelled: final.cancelled.slice(0, cancelled), failed: final.failed.slice(0, failed),
  });
}
