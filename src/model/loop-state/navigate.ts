/**
 * Moving the playback cursor: to the moment t, or to the selected task's next or
 * previous event. Indices are trace event indices; -1 means "before the first event".
 * Each takes anything with the trace's events: a Trace or a LoopIndex.
 */
import type { TraceEvent } from '../../protocol/trace.ts';

/** Anything carrying the trace's time-sorted events (a Trace, a LoopIndex). */
export interface HasEvents {
  readonly events: readonly TraceEvent[];
}

/** Below this, two virtual times (seconds) are the same instant: 0.1 + 0.2 lands on 0.3. */
const EPS = 1e-9;

/** Index of the last event at or before virtual time t (seconds), or -1 if t is before them all. */
export function eventIndexAtTime(trace: HasEvents, t: number): number {
  const { events } = trace;
  // Events are sorted by t: binary search for the first one after t.
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.t <= t + EPS) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first event after `index` that belongs to `task` (a task or a thread lane), or null. */
export function nextEventOf(trace: HasEvents, index: number, task: number): number | null {
  const { events } = trace;
  for (let i = Math.max(-1, index) + 1; i < events.length; i++) if (belongsTo(events[i]!, task)) return i;
  return null;
}

/** Index of the last event before `index` that belongs to `task`, or null. */
export function prevEventOf(trace: HasEvents, index: number, task: number): number | null {
  const { events } = trace;
  for (let i = Math.min(index, events.length) - 1; i >= 0; i--) if (belongsTo(events[i]!, task)) return i;
  return null;
}

/** An event is a task's own, or a thread lane's when the thread ran work for someone. */
function belongsTo(ev: TraceEvent, task: number): boolean {
  return ev.task === task || (ev.type === 'thread' && ev.thread === task);
}
