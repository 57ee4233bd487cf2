/**
 * What the event-loop panel shows, computed from one LoopState: plain rows with task
 * names resolved, so the component only lays them out and tests can read them in Node.
 */
import { describeEvent } from '../../model/describe-event.ts';
import { coroutineLabel } from '../../model/lanes.ts';
import type { LoopState } from '../../model/loop-state/index.ts';
import type { TraceModel } from '../../model/types.ts';
import { formatSeconds } from '../../units/time.ts';
import { syncSummary } from './sync-summary.ts';

/** A task as the panel names it: "Task-3" and its call "task('B', 1)". */
export interface TaskTag {
  id: number;
  name: string;
  call: string;
}

export interface LoopPanelView {
  /** The event the state follows (-1: before the first), out of `count`. */
  index: number;
  count: number;
  /** Virtual seconds. */
  t: number;
  /** That event in words; null before the first. */
  what: string | null;
  running: TaskTag | null;
  /** What the loop is doing while no task runs; null while one does. */
  idle: string | null;
  ready: TaskTag[];
  waiting: Array<{ task: TaskTag; label: string; line: number | null; since: number; until: number | null; cancelling: boolean }>;
  timers: Array<{ task: TaskTag; due: number; label: string }>;
  objects: Array<{ obj: number; kind: string; label: string; line: number | null; summary: string; waiters: TaskTag[] }>;
  blocked: { task: TaskTag; call: string; line: number | null; since: number; until: number } | null;
  threads: Array<{ thread: TaskTag; fn: string; task: TaskTag; since: number; until: number }>;
  done: { finished: number; cancelled: number; failed: number };
}

/**
 * Task tags per model, made once each: a step in the middle of 10,000 gathered tasks names
 * thousands of waiting tasks, and coroutineLabel parses each call's arguments.
 */
const tagCache = new WeakMap<TraceModel, Map<number, TaskTag>>();

export function loopPanelView(state: LoopState, model: TraceModel): LoopPanelView {
  let tags = tagCache.get(model);
  if (!tags) tagCache.set(model, (tags = new Map()));
  const tag = (id: number): TaskTag => {
    let t = tags.get(id);
    if (!t) {
      const lane = model.lanes[model.rowOf.get(id) ?? -1];
      t = lane ? { id, name: lane.kind === 'main' ? 'main program' : lane.name, call: coroutineLabel(lane) } : { id, name: `task ${id}`, call: '' };
      tags.set(id, t);
    }
    return t;
  };
  const name = (id: number) => tag(id).name;
  const { events } = model.trace;
  const ev = events[state.index];
  const labels = new Map(state.objects.map((o) => [o.obj, o.label]));
  const cancelling = new Set(state.cancelRequested);
  return {
    index: state.index,
    count: events.length,
    t: state.t,
    what: ev ? describeEvent(ev, name, labels) : null,
    running: state.running === null ? null : tag(state.running),
    idle: state.running === null ? idleSentence(state, name) : null,
    ready: state.ready.map(tag),
    waiting: state.waiting.map((w) => ({ task: tag(w.task), label: w.label, line: w.line, since: w.since, until: w.until ?? null, cancelling: cancelling.has(w.task) })),
    timers: state.timers.map((t) => ({ task: tag(t.task), due: t.due, label: t.label })),
    objects: state.objects.map((o) => ({ obj: o.obj, kind: o.kind, label: o.label, line: o.line, summary: syncSummary(o.kind, o.label, o.state, name), waiters: o.waiters.map(tag) })),
    blocked: state.blocked && { task: tag(state.blocked.task), call: state.blocked.call, line: state.blocked.line, since: state.blocked.since, until: state.blocked.until },
    threads: state.threads.map((th) => ({ thread: tag(th.thread), fn: th.fn, task: tag(th.task), since: th.since, until: th.until })),
    done: { finished: state.finished.length, cancelled: state.cancelled.length, failed: state.failed.length },
  };
}

/** Why nothing runs right now, in one sentence. */
function idleSentence(s: LoopState, name: (id: number) => string): string {
  if (s.index < 0) return 'The program has not started yet.';
  if (s.blocked) return `Nothing can run: ${name(s.blocked.task)} blocks the loop until ${formatSeconds(s.blocked.until)}.`;
  if (s.ready.length > 0) return `Between steps: ${name(s.ready[0]!)} runs next.`;
  if (s.timers.length > 0) return `Idle until the next timer, at ${formatSeconds(s.timers[0]!.due)}.`;
  if (s.threads.length > 0) return 'Idle until a worker thread finishes.';
  if (s.loopRunning && s.waiting.length > 0) return 'Nothing can run, and nothing will wake anyone: every task waits.';
  if (!s.loopRunning && s.waiting.length === 0) return s.finished.length + s.failed.length + s.cancelled.length > 0 ? 'The program has ended.' : 'The event loop is not running.';
  return 'The loop is idle.';
}
