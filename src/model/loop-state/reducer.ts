/**
 * The loop-state reducer: applies trace events, one at a time, to the working state
 * (working.ts). Each event type moves tasks between running, the ready queue, waits and
 * done exactly as docs/trace-schema.md describes.
 */
import type { SyncState, TraceEvent, Waiting } from '../../protocol/trace.ts';
import type { WaitingTask } from './types.ts';
import { endWait, grow, leaveReady, type LoopWorking, type SyncObjectRecord } from './working.ts';

/** Applies event number `index` to `w` in place. */
export function applyEvent(w: LoopWorking, ev: TraceEvent, index: number): void {
  const { task } = ev;
  w.index = index;
  w.t = ev.t;
  if (task >= w.readyOf.length) grow(w, task);
  expire(w, ev.t);
  switch (ev.type) {
    case 'ready':
      // A wait ended (or a new task was scheduled); an already-queued task keeps its place.
      endWait(w, task);
      if (!w.readyOf[task]) {
        w.ready.push(task);
        w.readyOf[task] = 1;
      }
      return;
    case 'resume':
      leaveQueues(w, task);
      if (w.loopHost === task) w.loopHost = null;
      w.running = task;
      return;
    case 'suspend':
      if (w.running === task) w.running = null;
      if (ev.wait.kind === 'event-loop') w.loopHost = task;
      // A task that rescheduled itself before yielding (sleep(0)) is ready, not waiting.
      else if (!w.readyOf[task]) {
        endWait(w, task);
        w.waits.push(waitingTask(task, ev.t, ev.line, ev.wait));
        w.waitSlot[task] = w.waits.length;
      }
      return;
    case 'finish':
    case 'error':
    case 'cancelled':
      if (w.running === task) w.running = null;
      if (w.loopHost === task) w.loopHost = null;
      leaveQueues(w, task);
      (ev.type === 'finish' ? w.finished : ev.type === 'error' ? w.failed : w.cancelled).push(task);
      return;
    case 'cancel':
      // Only a request: the task stays where it is until it next resumes.
      w.cancelOf[task] = 1;
      return;
    case 'block':
      w.blocked = Object.freeze({ task, call: ev.call, line: ev.line, since: ev.t, until: ev.end });
      return;
    case 'thread':
      w.threads.set(ev.thread, Object.freeze({ thread: ev.thread, fn: ev.fn, task, since: ev.t, until: ev.end }));
      return;
    case 'object':
      w.objects.set(ev.obj, syncObject({ obj: ev.obj, kind: ev.kind, label: ev.label, line: ev.line }, ev.state));
      return;
    case 'sync':
      // A sync before its 'object' event should not happen; if it does, the object still shows.
      w.objects.set(ev.obj, syncObject(w.objects.get(ev.obj) ?? { obj: ev.obj, kind: 'unknown', label: `object ${ev.obj}`, line: ev.line }, ev.state));
      return;
    case 'create': // the 'ready' that follows queues it
    case 'print':
    case 'warning':
      return;
  }
}

/** Resuming or ending takes a task off the ready queue and out of its wait; a pending cancel is delivered. */
function leaveQueues(w: LoopWorking, task: number): void {
  if (w.readyOf[task]) {
    // The loop runs its queue first in, first out, so this is nearly always the head.
    leaveReady(w, task);
    w.readyOf[task] = 0;
  }
  endWait(w, task);
  w.cancelOf[task] = 0;
}

/**
 * Ends blocks and thread spans that are over by time t. Done lazily, at the next event,
 * so a zero-length span (time.sleep(0)) still shows in the state right after its own event.
 */
function expire(w: LoopWorking, t: number): void {
  if (w.blocked && w.blocked.until <= t) w.blocked = null;
  for (const [lane, span] of w.threads) if (span.until <= t) w.threads.delete(lane);
}

/** Sync events are frequent, so the record points at the event's own state; snapshots copy it. */
function syncObject(id: Omit<SyncObjectRecord, 'state'>, state: SyncState): SyncObjectRecord {
  return { obj: id.obj, kind: id.kind, label: id.label, line: id.line, state };
}

function waitingTask(task: number, since: number, line: number | null, wait: Waiting): Readonly<WaitingTask> {
  const out: WaitingTask = { task, label: wait.label, kind: wait.kind, line, since };
  if (typeof wait.until === 'number') out.until = wait.until;
  if (wait.targets) out.targets = Object.freeze(wait.targets.slice()) as number[];
  // The runtime sometimes sends `object: null` (Barrier, internal queues); only a real id points at an object.
  if (typeof wait.object === 'number') out.object = wait.object;
  return Object.freeze(out);
}
