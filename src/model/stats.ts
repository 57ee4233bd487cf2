import { secs } from '../units/time.ts';
import type { Lane, Segment, TaskStats, TraceModel } from './types.ts';

/** Per-task totals of a model, derived on first use (only the Tasks table reads them). */
const statsCache = new WeakMap<TraceModel, Map<number, TaskStats>>();
export function statsOf(model: TraceModel): ReadonlyMap<number, TaskStats> {
  let stats = statsCache.get(model);
  if (!stats) {
    stats = deriveStats(model.lanes, model.segments);
    statsCache.set(model, stats);
  }
  return stats;
}

/** Totals per task: how long it ran, waited, sat ready, and blocked the loop. */
export function deriveStats(lanes: readonly Lane[], segments: readonly Segment[][]): Map<number, TaskStats> {
  const stats = new Map<number, TaskStats>();
  for (const lane of lanes) {
    let running = 0;
    let waiting = 0;
    let ready = 0;
    let blocking = 0;
    for (const seg of segments[lane.row] ?? []) {
      const d = seg.end - seg.start;
      if (seg.kind === 'running' || seg.kind === 'thread') running += d;
      else if (seg.kind === 'waiting') waiting += d;
      else if (seg.kind === 'ready') ready += d;
      else blocking += d;
    }
    // Blocking is running too (the task held the loop); the table shows both.
    stats.set(lane.task, { task: lane.task, running: secs(running + blocking), waiting: secs(waiting), ready: secs(ready), blocking: secs(blocking) });
  }
  return stats;
}

/**
 * The largest number of tasks alive at once (created, not yet finished): what
 * "ran concurrently" means to a learner. Sweep over create/finish instants.
 */
export function peakConcurrency(lanes: readonly Lane[], segments: readonly Segment[][]): number {
  const edges: Array<[number, number]> = [];
  for (const lane of lanes) {
    if (lane.kind !== 'task') continue;
    const segs = segments[lane.row] ?? [];
    if (segs.length === 0) continue;
    const first: number = segs[0]!.start;
    const last = segs.reduce((m: number, s) => Math.max(m, s.end), first);
    edges.push([first, 1], [last, -1]);
  }
  // Ends sort before starts at the same instant: a task finishing at 1 s and one
  // starting at 1 s did not overlap.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let cur = 0;
  let peak = 0;
  for (const [, d] of edges) {
    cur += d;
    peak = Math.max(peak, cur);
  }
  return peak;
}
