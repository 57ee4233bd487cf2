import type { TaskInfo, Trace, TraceEvent, Waiting } from '../protocol/trace.ts';
import { secs, type Seconds } from '../units/time.ts';
import type { BlockedSpan, Segment } from './types.ts';

/** Below this, two virtual times are the same instant (float noise from the engine). */
const EPS = 1e-9;

type Open =
  | { kind: 'running'; since: number; fromLine: number | null; lastLine?: number | null }
  | { kind: 'ready'; since: number; line?: number | null }
  | { kind: 'waiting'; since: number; line: number | null; wait: Waiting };

/**
 * Turns the event stream into per-lane segments. Each task is a small state machine:
 * ready → running ⇄ waiting → done, with blocking calls cut out of running spans.
 * Running spans are usually zero-length on the virtual clock (Python runs "instantly"
 * until it awaits); they are kept so renderers can draw them as ticks.
 */
export function deriveSegments(trace: Trace, rowOf: ReadonlyMap<number, number>, end: Seconds): { segments: Segment[][]; blocked: BlockedSpan[] } {
  const segments: Segment[][] = Array.from({ length: rowOf.size }, () => []);
  const blocked: BlockedSpan[] = [];
  const info = new Map<number, TaskInfo>(trace.tasks.map((t) => [t.id, t]));
  const open = new Map<number, Open>();

  const push = (seg: Segment) => {
    const row = rowOf.get(seg.task);
    if (row === undefined) return;
    // Zero-length waits say nothing; zero-length running is a tick; an open wait is "forever".
    if (seg.end - seg.start < EPS && seg.kind !== 'running' && !seg.open) return;
    segments[row]!.push(seg);
  };

  const close = (task: number, t: number, line: number | null, unfinished = false) => {
    const cur = open.get(task);
    if (!cur) return;
    open.delete(task);
    if (cur.kind === 'running') {
      // Finishing happens outside snippet code (line null): the last line seen running is the useful one.
      const at = line ?? cur.lastLine ?? cur.fromLine;
      push({ kind: 'running', task, start: secs(cur.since), end: secs(t), line: at, fromLine: cur.fromLine, label: '', open: unfinished || undefined });
    } else if (cur.kind === 'ready') {
      push({ kind: 'ready', task, start: secs(cur.since), end: secs(t), line: cur.line ?? null, fromLine: null, label: 'ready, loop busy', open: unfinished || undefined });
    } else {
      const readyAt = wakeTime(cur.wait, info, t);
      const waitEnd = readyAt !== null && readyAt < t - EPS && readyAt > cur.since ? readyAt : t;
      const openWait = unfinished && waitEnd >= t ? true : undefined;
      push({ kind: 'waiting', task, start: secs(cur.since), end: secs(waitEnd), line: cur.line, fromLine: null, label: cur.wait.label, wait: cur.wait, open: openWait });
      if (waitEnd < t) push({ kind: 'ready', task, start: secs(waitEnd), end: secs(t), line: cur.line, fromLine: null, label: 'ready, loop busy', open: unfinished || undefined });
    }
  };

  for (const ev of trace.events) {
    if (ev.type === 'thread') {
      push({ kind: 'thread', task: ev.thread, start: secs(ev.t), end: secs(ev.end), line: ev.line, fromLine: null, label: `${ev.fn}`, forTask: ev.task });
      continue;
    }
    step(ev);
  }

  function step(ev: Exclude<TraceEvent, { type: 'thread' }>) {
    const { task, t } = ev;
    // A thread lane is drawn from 'thread' events alone; its own create/finish are just marks.
    if (info.get(task)?.kind === 'thread') return;
    switch (ev.type) {
      case 'create':
        close(task, t, ev.line);
        open.set(task, info.get(task)?.kind === 'main' ? { kind: 'running', since: t, fromLine: ev.line } : { kind: 'ready', since: t });
        return;
      case 'ready': {
        // The engine says exactly when a wait ended; from then on the task only waits for the loop.
        const cur = open.get(task);
        if (cur?.kind === 'waiting') {
          close(task, t, cur.line);
          open.set(task, { kind: 'ready', since: t, line: cur.line });
        }
        return;
      }
      case 'resume':
        close(task, t, ev.line);
        open.set(task, { kind: 'running', since: t, fromLine: ev.line });
        return;
      case 'suspend':
        close(task, t, ev.line);
        open.set(task, { kind: 'waiting', since: t, line: ev.line, wait: ev.wait });
        return;
      case 'block': {
        close(task, t, ev.line);
        push({ kind: 'blocking', task, start: secs(t), end: secs(ev.end), line: ev.line, fromLine: null, label: ev.call });
        // Only a task can stall the loop; the main program blocking happens before or after it runs.
        if (info.get(task)?.kind === 'task') blocked.push({ task, start: secs(t), end: secs(ev.end), call: ev.call, line: ev.line });
        open.set(task, { kind: 'running', since: ev.end, fromLine: ev.line });
        return;
      }
      case 'finish':
      case 'error':
      case 'cancelled':
        close(task, t, ev.line);
        return;
      case 'cancel':
      case 'print':
      case 'warning': {
        const cur = open.get(task);
        if (cur?.kind === 'running' && ev.line !== null) cur.lastLine = ev.line;
        return;
      }
      case 'object':
      case 'sync':
        return;
    }
  }

  // Whatever is still open never finished: a deadlock, a limit, or a stop.
  for (const [task, cur] of [...open]) close(task, Math.max(end, cur.since), cur.kind === 'waiting' ? cur.line : null, true);
  for (const lane of segments) lane.sort((a, b) => a.start - b.start || a.end - b.end);
  return { segments, blocked };
}

/**
 * When a wait could have ended, if the trace says: a timer's deadline, or the moment
 * the awaited task(s) finished. A resume later than that means the loop was busy.
 */
function wakeTime(wait: Waiting, info: ReadonlyMap<number, TaskInfo>, resumedAt: number): number | null {
  if (wait.until !== undefined) return wait.until;
  if ((wait.kind === 'task' || wait.kind === 'gather' || wait.kind === 'taskgroup') && wait.targets && wait.targets.length > 0) {
    let latest = -Infinity;
    for (const id of wait.targets) {
      const done = info.get(id)?.finished;
      if (done === null || done === undefined || done > resumedAt) return null;
      latest = Math.max(latest, done);
    }
    return latest;
  }
  return null;
}
