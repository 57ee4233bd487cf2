/**
 * Random access to the loop state at any event, for step-through playback in both
 * directions. One forward fold keeps a checkpoint every `every` events; stateAt(i)
 * restores the nearest checkpoint at or before i and replays at most `every - 1` events.
 * The answer depends only on i, so stepping back lands on exactly the state stepping
 * forward produced.
 */
import type { Trace, TraceEvent } from '../../protocol/trace.ts';
import { eventIndexAtTime } from './navigate.ts';
import { checkpointOf, restore, type LoopCheckpoint } from './checkpoint.ts';
import { applyEvent } from './reducer.ts';
import { emptyWorking, type LoopWorking } from './working.ts';
import { seenAt, toLoopState } from './snapshot.ts';
import type { LoopState } from './types.ts';

/** Checkpoint spacing: replaying 1,000 events takes well under a millisecond. */
export const DEFAULT_CHECKPOINT_EVERY = 1000;

/** Built once per trace by buildLoopIndex; hold it beside the trace, not in the store (it holds Maps). */
export interface LoopIndex {
  /** The trace's events, sorted by virtual time. */
  readonly events: readonly TraceEvent[];
  /** Events between checkpoints. */
  readonly every: number;
  /** checkpoints[k] is the state before event k × every (so checkpoints[0] is empty). */
  readonly checkpoints: readonly LoopCheckpoint[];
  /** The state after the last event: its ended-task lists hold every checkpoint's as a prefix. */
  readonly final: Readonly<LoopWorking>;
}

/** Folds the whole trace once, keeping a checkpoint every `every` events. */
export function buildLoopIndex(trace: Trace, every = DEFAULT_CHECKPOINT_EVERY): LoopIndex {
  if (!Number.isInteger(every) || every < 1) throw new RangeError(`checkpoint spacing must be a positive integer, got ${every}`);
  const { events } = trace;
  const w = emptyWorking();
  const checkpoints: LoopCheckpoint[] = [checkpointOf(w)];
  for (let i = 0; i < events.length; i++) {
    applyEvent(w, events[i]!, i);
    if ((i + 1) % every === 0) checkpoints.push(checkpointOf(w));
  }
  return { events, every, checkpoints, final: w };
}

/** The loop right after event `index` (clamped to -1 … events.length - 1; -1 is before the first). */
export function stateAt(loop: LoopIndex, index: number): LoopState {
  const last = Math.max(-1, Math.min(Math.trunc(index), loop.events.length - 1));
  const k = Math.floor((last + 1) / loop.every);
  const w = restore(loop.checkpoints[k]!, loop.final);
  for (let i = k * loop.every; i <= last; i++) applyEvent(w, loop.events[i]!, i);
  return toLoopState(w);
}

/**
 * The loop at virtual time t (seconds): after every event at or before t, with blocks and
 * threads that ended by t cleared and `t` set to the time asked for.
 */
export function stateAtTime(loop: LoopIndex, t: number): LoopState {
  return seenAt(stateAt(loop, eventIndexAtTime(loop, t)), t);
}
