import type { Seconds } from '../units/time.ts';
import type { Mark, Segment, SegmentRef, TraceModel } from './types.ts';

/** Index of the first segment in a start-sorted lane that ends at or after t. */
function firstEndingAfter(lane: readonly Segment[], t: number): number {
  // Segments in a lane do not overlap, so ends are sorted too.
  let lo = 0;
  let hi = lane.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lane[mid]!.end < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The segments of one row that intersect [t0, t1]: what a renderer draws. */
export function segmentsInWindow(model: TraceModel, row: number, t0: Seconds, t1: Seconds): Segment[] {
  const lane = model.segments[row] ?? [];
  const out: Segment[] = [];
  for (let i = firstEndingAfter(lane, t0); i < lane.length && lane[i]!.start <= t1; i++) out.push(lane[i]!);
  return out;
}

/**
 * The segment under time t on a row, within `slop` seconds (so zero-length running
 * ticks can be hovered). Prefers running and blocking over the waits around them.
 */
export function segmentAt(model: TraceModel, row: number, t: Seconds, slop: Seconds): SegmentRef | null {
  const lane = model.segments[row] ?? [];
  let best: { index: number; score: number } | null = null;
  for (let i = firstEndingAfter(lane, t - slop); i < lane.length && lane[i]!.start <= t + slop; i++) {
    const seg = lane[i]!;
    const inside = seg.start <= t && t <= seg.end;
    const distance = inside ? 0 : Math.min(Math.abs(seg.start - t), Math.abs(seg.end - t));
    const priority = seg.kind === 'running' || seg.kind === 'blocking' ? 0 : 1;
    const score = distance / Math.max(slop, 1e-12) + priority * (inside ? 0.5 : 1);
    if (!best || score < best.score) best = { index: i, score };
  }
  return best ? { row, index: best.index } : null;
}

export function segmentOf(model: TraceModel, ref: SegmentRef | null): Segment | null {
  return ref ? model.segments[ref.row]?.[ref.index] ?? null : null;
}

/** The mark nearest t on a row, within slop. */
export function markAt(model: TraceModel, row: number, t: Seconds, slop: Seconds): Mark | null {
  let best: Mark | null = null;
  for (const m of model.marks[row] ?? []) {
    const d = Math.abs(m.t - t);
    if (d <= slop && (!best || d < Math.abs(best.t - t))) best = m;
  }
  return best;
}

/** Every segment that ran or waited at a snippet line (editor cursor → timeline). */
export function segmentsAtLine(model: TraceModel, line: number | null): readonly SegmentRef[] {
  return line === null ? [] : model.byLine.get(line) ?? [];
}

export interface LaneState {
  task: number;
  name: string;
  segment: Segment;
}

/** What every lane is doing at time t: "what is waiting at 2.5 s?". */
export function statesAt(model: TraceModel, t: Seconds): LaneState[] {
  const out: LaneState[] = [];
  for (const lane of model.lanes) {
    const segs = model.segments[lane.row] ?? [];
    const i = firstEndingAfter(segs, t);
    const seg = segs[i];
    if (seg && seg.start <= t) out.push({ task: lane.task, name: lane.name, segment: seg });
  }
  return out;
}

/** The print mark for console line i (console hover → timeline). */
export function markForOutput(model: TraceModel, output: number): { row: number; mark: Mark } | null {
  const line = model.trace.output[output];
  if (!line) return null;
  const row = model.rowOf.get(line.task);
  if (row === undefined) return null;
  const mark = model.marks[row]!.find((m) => m.output === output);
  return mark ? { row, mark } : null;
}
