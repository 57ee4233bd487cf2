import type { Trace } from '../protocol/trace.ts';
import { secs } from '../units/time.ts';
import { layoutLanes } from './lanes.ts';
import { deriveLinks } from './links.ts';
import { deriveMarks } from './marks.ts';
import { deriveSegments } from './segments.ts';
import type { TraceModel } from './types.ts';

/**
 * Derives everything the timeline draws from one trace. O(events + tasks), and on the path
 * from "run finished" to "drawn": what only some views need (per-task totals, segments by
 * line) is derived on first use instead (stats.ts, queries.ts).
 */
export function buildModel(trace: Trace): TraceModel {
  const lanes = layoutLanes(trace.tasks);
  const rowOf = new Map(lanes.map((l) => [l.task, l.row]));
  const end = secs(Math.max(trace.outcome.virtualTime, lastTime(trace)));
  const { segments, blocked } = deriveSegments(trace, rowOf, end);
  const marks = deriveMarks(trace, rowOf);
  const links = deriveLinks(trace, segments);
  return { trace, lanes, rowOf, segments, marks, links, blocked, end };
}

function lastTime(trace: Trace): number {
  let last = 0;
  for (const ev of trace.events) {
    last = Math.max(last, ev.t);
    if (ev.type === 'block' || ev.type === 'thread') last = Math.max(last, ev.end);
  }
  for (const task of trace.tasks) if (task.finished !== null) last = Math.max(last, task.finished);
  return last;
}

/**
 * The model of a trace, computed once per trace object. Views share it without the
 * store holding derived data (the store keeps only the plain trace).
 */
const cache = new WeakMap<Trace, TraceModel>();
export function modelOf(trace: Trace): TraceModel {
  let model = cache.get(trace);
  if (!model) {
    model = buildModel(trace);
    cache.set(trace, model);
  }
  return model;
}
