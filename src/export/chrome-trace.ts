/**
 * A run as a Chrome Trace Event Format file, for Perfetto or chrome://tracing: one track
 * per task (in the timeline's lane order), its running / waiting / ready / blocked spans
 * as slices, prints and errors as markers, and an arrow from each gather/Task await to
 * the awaited task's finish. Built from the trace model, so every span is cut exactly as
 * the timeline draws it.
 */
import { buildModel } from '../model/build-model.ts';
import type { Lane, Mark, Segment, TraceModel } from '../model/types.ts';
import type { Trace, WaitKind } from '../protocol/trace.ts';
import type { ChromeArgs, ChromeTrace, ChromeTraceEvent, CompleteEvent, InstantEvent, MetadataEvent } from './chrome-trace-format.ts';
import { exportFileName } from './file-name.ts';

/** The one process every track belongs to. */
export const PROCESS_NAME = 'Loopscope run';
const PID = 1;

/** Task id → thread id. Shifted by one: some viewers treat tid 0 as the idle thread. */
export const tidOf = (task: number): number => task + 1;

/** Virtual seconds → microseconds, rounded to the nanosecond so 0.1 + 0.2 does not print 300000.00000000006. */
const micros = (seconds: number): number => Math.round(seconds * 1e9) / 1e3;

/** Waits whose targets are tasks: their arrows run from the await to each target's finish. */
const AWAIT_KINDS: ReadonlySet<WaitKind> = new Set<WaitKind>(['gather', 'task', 'taskgroup']);
/** Marks worth a marker; create and finish already show as the ends of the slices. */
const INSTANT_KINDS: ReadonlySet<Mark['kind']> = new Set<Mark['kind']>(['print', 'warning', 'cancel', 'cancelled', 'error']);
/** Instant names longer than this are cut; the full text stays in args. */
const NAME_CHARS = 80;

/** The trace as a Chrome Trace Event Format object; JSON.stringify it to save. */
export function toChromeTrace(trace: Trace, model: TraceModel = buildModel(trace)): ChromeTrace {
  const meta: MetadataEvent[] = [{ ph: 'M', name: 'process_name', ts: 0, pid: PID, tid: 0, args: { name: PROCESS_NAME } }];
  const timed: ChromeTraceEvent[] = [];
  for (const lane of model.lanes) {
    const tid = tidOf(lane.task);
    meta.push({ ph: 'M', name: 'thread_name', ts: 0, pid: PID, tid, args: { name: trackName(lane) } });
    meta.push({ ph: 'M', name: 'thread_sort_index', ts: 0, pid: PID, tid, args: { sort_index: lane.row } });
    for (const seg of model.segments[lane.row] ?? []) timed.push(slice(seg, lane, model));
    for (const mark of model.marks[lane.row] ?? []) if (INSTANT_KINDS.has(mark.kind)) timed.push(instant(mark));
  }
  timed.push(...awaitFlows(trace, model));
  // Stable: ties keep lane order, so a zero-length running tick precedes the wait it ends in.
  timed.sort((a, b) => a.ts - b.ts);
  return {
    traceEvents: [...meta, ...timed],
    displayTimeUnit: 'ms',
    otherData: {
      source: trace.meta.engine, python: trace.meta.python, status: trace.outcome.status,
      summary: trace.outcome.summary, virtualSeconds: trace.outcome.virtualTime,
    },
  };
}

/** "loopscope-perfetto-20250102-030405.json" for a file saved at `at` (local time). */
export function chromeTraceFileName(at: Date): string {
  return exportFileName('perfetto', at);
}

/** "Task-2 · fetch_data", "<main>", or a worker thread's own name. */
export function trackName(lane: Pick<Lane, 'kind' | 'name' | 'coroutine'>): string {
  return lane.kind === 'task' && lane.coroutine ? `${lane.name} · ${lane.coroutine}` : lane.name;
}

function slice(seg: Segment, lane: Lane, model: TraceModel): CompleteEvent {
  const ts = micros(seg.start);
  const dur = Math.max(0, micros(seg.end) - ts);
  const args: ChromeArgs = { line: seg.line };
  if (seg.open) args.unfinished = true;
  const [name, cat] = nameAndCategory(seg, lane);
  if (seg.kind === 'running') args.fromLine = seg.fromLine;
  if (seg.kind === 'waiting' && seg.wait) {
    args.kind = seg.wait.kind;
    if (seg.wait.targets) args.targets = seg.wait.targets;
    if (typeof seg.wait.until === 'number') args.until = seg.wait.until;
  }
  if (seg.kind === 'thread') {
    const forTask = seg.forTask === undefined ? undefined : model.lanes[model.rowOf.get(seg.forTask) ?? -1];
    args.forTask = forTask ? trackName(forTask) : null;
  }
  return { ph: 'X', name, cat, ts, dur, pid: PID, tid: tidOf(seg.task), args };
}

function nameAndCategory(seg: Segment, lane: Lane): [name: string, cat: string] {
  switch (seg.kind) {
    case 'running':
      return [lane.coroutine ?? 'running', 'running'];
    case 'waiting':
      return [seg.label, 'wait'];
    case 'ready':
      return [seg.label || 'ready', 'ready'];
    case 'blocking':
      // Only a task inside the loop stalls it; the main program blocking is just slow code.
      return lane.kind === 'task' ? [`${seg.label} — loop blocked`, 'blocked'] : [seg.label, 'blocking'];
    case 'thread':
      return [seg.label, 'thread'];
  }
}

function instant(mark: Mark): InstantEvent {
  const name = `${mark.kind}: ${mark.text}`;
  return {
    ph: 'i', s: 't', name: name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name, cat: mark.kind,
    ts: micros(mark.t), pid: PID, tid: tidOf(mark.task), args: { text: mark.text, line: mark.line },
  };
}

/** One arrow per awaited task that finished while its awaiter waited on it. */
function awaitFlows(trace: Trace, model: TraceModel): ChromeTraceEvent[] {
  const finished = new Map<number, number>();
  for (const task of trace.tasks) if (task.finished !== null) finished.set(task.id, task.finished);
  const flows: ChromeTraceEvent[] = [];
  let id = 0;
  for (const lane of model.segments) {
    for (const seg of lane) {
      if (seg.kind !== 'waiting' || !seg.wait?.targets || !AWAIT_KINDS.has(seg.wait.kind)) continue;
      for (const target of seg.wait.targets) {
        const done = finished.get(target);
        if (done === undefined || done < seg.start || done > seg.end + 1e-9 || !model.rowOf.has(target)) continue;
        id++;
        const common = { name: 'await', cat: 'await', pid: PID, id };
        flows.push({ ...common, ph: 's', ts: micros(seg.start), tid: tidOf(seg.task) });
        flows.push({ ...common, ph: 'f', bp: 'e', ts: micros(done), tid: tidOf(target) });
      }
    }
  }
  return flows;
}
