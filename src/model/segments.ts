import type { TaskInfo, Trace, TraceEvent, Waiting } from '../protocol/trace.ts';
import { secs, type Seconds } from '../units/time.ts';
import type { BlockedSpan, Segment } from './types.ts';

/** Below this, two virtual times are the same instant (float noise from the engine). */
const EPS = 1e-9;

/**
 * What a task is in the middle of, mutated in place as its events come (one record per task,
 * so 350,000 events allocate no state objects). `kind` null: nothing open.
 */
interface Track {
  /** From trace.tasks; null for a task the trace does not list. */
  info: TaskInfo | undefined;
  /** Lane row, or -1 when the task has no lane (its segments are dropped). */
  row: number;
  kind: 'running' | 'ready' | 'waiting' | null;
  since: number;
  /** running: where it resumed from. */
  fromLine: number | null;
  /** running: the last snippet line seen while it ran (print, cancel). */
  lastLine: number | null | undefined;
  /** ready: the await it woke from; waiting: the await. */
  line: number | null | undefined;
  wait: Waiting | null;
}

/**
 * Turns the event stream into per-lane segments. Each task is a small state machine:
 * ready → running ⇄ waiting → done, with blocking calls cut out of running spans.
 * Running spans are usually zero-length on the virtual clock (Python runs "instantly"
 * until it awaits); they are kept so renderers can draw them as ticks.
 */
export function deriveSegments(trace: Trace, rowOf: ReadonlyMap<number, number>, end: Seconds): { segments: Segment[][]; blocked: BlockedSpan[] } {
  const segments: Segment[][] = Array.from({ length: rowOf.size }, () => []);
  const blocked: BlockedSpan[] = [];
  const info = new Map<number, TaskInfo>();
  for (const t of trace.tasks) info.set(t.id, t);
  const tracks = new Map<number, Track>();

  const trackOf = (task: number): Track => {
    let tr = tracks.get(task);
    if (!tr) {
      tr = { info: info.get(task), row: rowOf.get(task) ?? -1, kind: null, since: 0, fromLine: null, lastLine: undefined, line: undefined, wait: null };
      tracks.set(task, tr);
    }
    return tr;
  };

  const push = (row: number, seg: Segment) => {
    if (row < 0) return;
    // Zero-length waits say nothing; zero-length running is a tick; an open wait is "forever".
    if (seg.end - seg.start < EPS && seg.kind !== 'running' && !seg.open) return;
    segments[row]!.push(seg);
  };

  const open = (tr: Track, kind: NonNullable<Track['kind']>, since: number, line: number | null | undefined, wait: Waiting | null = null) => {
    tr.kind = kind;
    tr.since = since;
    tr.fromLine = kind === 'running' ? (line ?? null) : null;
    tr.lastLine = undefined;
    tr.line = kind === 'running' ? undefined : line;
    tr.wait = wait;
  };

  const close = (task: number, tr: Track, t: number, line: number | null, unfinished = false) => {
    const kind = tr.kind;
    if (kind === null) return;
    tr.kind = null;
    const { row } = tr;
    const openFlag = unfinished || undefined;
    if (kind === 'running') {
      // Finishing happens outside snippet code (line null): the last line seen running is the useful one.
      const at = line ?? tr.lastLine ?? tr.fromLine;
      push(row, { kind: 'running', task, start: secs(tr.since), end: secs(t), line: at, fromLine: tr.fromLine, label: '', open: openFlag });
    } else if (kind === 'ready') {
      push(row, { kind: 'ready', task, start: secs(tr.since), end: secs(t), line: tr.line ?? null, fromLine: null, label: 'ready, loop busy', open: openFlag });
    } else {
      const wait = tr.wait!;
      const waitLine = tr.line ?? null;
      const readyAt = wakeTime(wait, info, t);
      const waitEnd = readyAt !== null && readyAt < t - EPS && readyAt > tr.since ? readyAt : t;
      const openWait = unfinished && waitEnd >= t ? true : undefined;
      push(row, { kind: 'waiting', task, start: secs(tr.since), end: secs(waitEnd), line: waitLine, fromLine: null, label: wait.label, wait, open: openWait });
      if (waitEnd < t) push(row, { kind: 'ready', task, start: secs(waitEnd), end: secs(t), line: waitLine, fromLine: null, label: 'ready, loop busy', open: openFlag });
    }
  };

  for (const ev of trace.events) {
    if (ev.type === 'thread') {
      push(rowOf.get(ev.thread) ?? -1, { kind: 'thread', task: ev.thread, start: secs(ev.t), end: secs(ev.end), line: ev.line, fromLine: null, label: `${ev.fn}`, forTask: ev.task });
      continue;
    }
    step(ev);
  }

  function step(ev: Exclude<TraceEvent, { type: 'thread' }>) {
    const { task, t } = ev;
    const tr = trackOf(task);
    // A thread lane is drawn from 'thread' events alone; its own create/finish are just marks.
    if (tr.info?.kind === 'thread') return;
    switch (ev.type) {
      case 'create':
        close(task, tr, t, ev.line);
        if (tr.info?.kind === 'main') open(tr, 'running', t, ev.line);
        else open(tr, 'ready', t, undefined);
        return;
      case 'ready':
        // The engine says exactly when a wait ended; from then on the task only waits for the loop.
        if (tr.kind === 'waiting') {
          const line = tr.line ?? null;
          close(task, tr, t, line);
          open(tr, 'ready', t, line);
        }
        return;
      case 'resume':
        close(task, tr, t, ev.line);
        open(tr, 'running', t, ev.line);
        return;
      case 'suspend':
        close(task, tr, t, ev.line);
        open(tr, 'waiting', t, ev.line, ev.wait);
        return;
      case 'block': {
        close(task, tr, t, ev.line);
        push(tr.row, { kind: 'blocking', task, start: secs(t), end: secs(ev.end), line: ev.line, fromLine: null, label: ev.call });
        // Only a task can stall the loop; the main program blocking happens before or after it runs.
        if (tr.info?.kind === 'task') blocked.push({ task, start: secs(t), end: secs(ev.end), call: ev.call, line: ev.line });
        open(tr, 'running', ev.end, ev.line);
        return;
      }
      case 'finish':
      case 'error':
      case 'cancelled':
        close(task, tr, t, ev.line);
        return;
      case 'cancel':
      case 'print':
      case 'warning':
        if (tr.kind === 'running' && ev.line !== null) tr.lastLine = ev.line;
        return;
      case 'object':
      case 'sync':
        return;
    }
  }

  // Whatever is still open never finished: a deadlock, a limit, or a stop.
  // (Each task closes onto its own lane, so the order they are closed in does not matter.)
  for (const [task, tr] of tracks) if (tr.kind !== null) close(task, tr, Math.max(end, tr.since), tr.kind === 'waiting' ? tr.line ?? null : null, true);
  for (const lane of segments) if (!isSorted(lane)) lane.sort(byStart);
  return { segments, blocked };
}

const byStart = (a: Segment, b: Segment) => a.start - b.start || a.end - b.end;

/** Segments nearly always come out in order: checking is much cheaper than sorting 50,000 small lanes. */
function isSorted(lane: readonly Segment[]): boolean {
  for (let i = 1; i < lane.length; i++) if (byStart(lane[i - 1]!, lane[i]!) > 0) return false;
  return true;
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
