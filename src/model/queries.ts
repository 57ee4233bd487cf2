import type { Seconds } from '../units/time.ts';
import type { Link, Mark, Segment, SegmentRef, TraceModel } from './types.ts';

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

/** The index of the mark nearest t on a row, within slop (the first of equals), or -1. */
export function markIndexAt(model: TraceModel, row: number, t: Seconds, slop: Seconds): number {
  const marks = model.marks[row] ?? [];
  // Marks are sorted by time: look only near t (a row may hold 100,000 prints). The window is
  // twice the slop so float rounding cannot drop a mark the distance test below accepts.
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.t < t - 2 * slop) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (let i = lo; i < marks.length && marks[i]!.t <= t + 2 * slop; i++) {
    const d = Math.abs(marks[i]!.t - t);
    if (d <= slop && (best < 0 || d < Math.abs(marks[best]!.t - t))) best = i;
  }
  return best;
}

/** The mark nearest t on a row, within slop. */
export function markAt(model: TraceModel, row: number, t: Seconds, slop: Seconds): Mark | null {
  return model.marks[row]?.[markIndexAt(model, row, t, slop)] ?? null;
}

/** Every segment that ran or waited at a snippet line (editor cursor → timeline), by row then index. */
export function segmentsAtLine(model: TraceModel, line: number | null): readonly SegmentRef[] {
  if (line === null) return [];
  let byLine = lineIndexes.get(model);
  if (!byLine) lineIndexes.set(model, (byLine = new Map()));
  let refs = byLine.get(line);
  if (!refs) byLine.set(line, (refs = scanLine(model, line)));
  return refs;
}

/**
 * Segment references per snippet line, each found by one scan when first asked for (the editor's
 * cursor visits a few lines; indexing every segment of a 50,000-task run up front costs more).
 */
const lineIndexes = new WeakMap<TraceModel, Map<number, readonly SegmentRef[]>>();
function scanLine(model: TraceModel, line: number): SegmentRef[] {
  const refs: SegmentRef[] = [];
  model.segments.forEach((lane, row) => {
    for (let index = 0; index < lane.length; index++) {
      const seg = lane[index]!;
      if (seg.line === line || seg.fromLine === line) refs.push({ row, index });
    }
  });
  return refs;
}

/** The refs (sorted by row) whose rows lie in [first, last]: what a frame of visible rows can outline. */
export function refsInRows(refs: readonly SegmentRef[], first: number, last: number): readonly SegmentRef[] {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid]!.row < first) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < refs.length && refs[end]!.row <= last) end++;
  return lo === 0 && end === refs.length ? refs : refs.slice(lo, end);
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

/** The links that leave or reach a task, in model order: a focused lane's arrows without a walk over all of them. */
export function linksOfTask(model: TraceModel, task: number): readonly Link[] {
  let byTask = linkIndexes.get(model);
  if (!byTask) {
    byTask = new Map();
    const add = (id: number, link: Link) => {
      const list = byTask!.get(id);
      if (list) list.push(link);
      else byTask!.set(id, [link]);
    };
    for (const link of model.links) {
      add(link.from, link);
      if (link.to !== link.from) add(link.to, link);
    }
    linkIndexes.set(model, byTask);
  }
  return byTask.get(task) ?? [];
}
const linkIndexes = new WeakMap<TraceModel, Map<number, Link[]>>();
