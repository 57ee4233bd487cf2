/**
 * Random access to the loop state at any event, for step-through playback in both
 * directions. One forward fold keeps checkpoints; stateAt(i) restores the nearest
 * checkpoint at or before i and replays the events since. The answer depends only on i,
 * so stepping back lands on exactly the state stepping forward produced.
 *
 * Checkpoints are at least `every` events apart, and further apart while many tasks are
 * live: a checkpoint copies the live state (50,000 gathered tasks are 50,000 waits), so it
 * is taken only after at least that many events. The copies then total no more than the
 * trace's events (a fixed spacing made 350 copies of 50,000 waits, ~17 M entries), and a
 * replay is no longer than the state it produces is large.
 */
import type { Trace, TraceEvent } from '../../protocol/trace.ts';
import { eventIndexAtTime } from './navigate.ts';
import { checkpointOf, restore, type LoopCheckpoint } from './checkpoint.ts';
import { applyEvent } from './reducer.ts';
import { emptyWorking, type LoopWorking } from './working.ts';
import { seenAt, toLoopState } from './snapshot.ts';
import type { LoopState } from './types.ts';

/** Least checkpoint spacing: replaying 1,000 events takes well under a millisecond. */
export const DEFAULT_CHECKPOINT_EVERY = 1000;

/** Built once per trace by buildLoopIndex; hold it beside the trace, not in the store (it holds Maps). */
export interface LoopIndex {
  /** The trace's events, sorted by virtual time. */
  readonly events: readonly TraceEvent[];
  /** Least number of events between checkpoints. */
  readonly every: number;
  /** In event order; each is the state after event `index` (checkpoints[0], index -1, is before the first). */
  readonly checkpoints: readonly LoopCheckpoint[];
  /** The state after the last event: its ended-task lists hold every checkpoint's as a prefix. */
  readonly final: Readonly<LoopWorking>;
}

/** Folds the whole trace once, keeping checkpoints at least `every` events apart (see above). */
export function buildLoopIndex(trace: Trace, every = DEFAULT_CHECKPOINT_EVERY): LoopIndex {
  if (!Number.isInteger(every) || every < 1) throw new RangeError(`checkpoint spacing must be a positive integer, got ${every}`);
  const { events } = trace;
  const w = emptyWorking();
  const checkpoints: LoopCheckpoint[] = [checkpointOf(w)];
  let last = -1;
  for (let i = 0; i < events.length; i++) {
    applyEvent(w, events[i]!, i);
    const since = i - last;
    if (since >= every && since >= liveSize(w)) {
      checkpoints.push(checkpointOf(w));
      last = i;
    }
  }
  return { events, every, checkpoints, final: w };
}

/** About how many entries a checkpoint of `w` copies. */
function liveSize(w: LoopWorking): number {
  return w.ready.length - w.readyHead + w.waits.length - w.deadWaits + w.objects.size + w.threads.size;
}

/** The loop right after event `index` (clamped to -1 … events.length - 1; -1 is before the first). */
export function stateAt(loop: LoopIndex, index: number): LoopState {
  const last = Math.max(-1, Math.min(Math.trunc(index), loop.events.length - 1));
  // The end of the run (what the panel shows outside a replay) is the fold's own last state.
  if (last === loop.events.length - 1) return toLoopState(loop.final);
  const cp = loop.checkpoints[lastCheckpointAtOrBefore(loop.checkpoints, last)]!;
  // Stepping and playing go forward a few events at a time: go on from the last answer when
  // that is nearer than the checkpoint. The answer is the same either way (one fold).
  const prev = cursors.get(loop);
  const resume = prev !== undefined && prev.index <= last && prev.index >= cp.index;
  const w = resume ? prev : restore(cp, loop.final);
  for (let i = w.index + 1; i <= last; i++) applyEvent(w, loop.events[i]!, i);
  cursors.set(loop, w);
  return toLoopState(w);
}

/** Per index, the working state of its last stateAt (LoopStates copy out of it, so it may go on). */
const cursors = new WeakMap<LoopIndex, LoopWorking>();

function lastCheckpointAtOrBefore(checkpoints: readonly LoopCheckpoint[], index: number): number {
  let lo = 0;
  let hi = checkpoints.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (checkpoints[mid]!.index <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The loop at virtual time t (seconds): after every event at or before t, with blocks and
 * threads that ended by t cleared and `t` set to the time asked for.
 */
export function stateAtTime(loop: LoopIndex, t: number): LoopState {
  return seenAt(stateAt(loop, eventIndexAtTime(loop, t)), t);
}
