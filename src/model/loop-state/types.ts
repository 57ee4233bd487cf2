/**
 * What the event loop looks like right after one trace event: asyncio's answer to the
 * call-stack / task-queue panels of JavaScript event-loop visualizers. Plain serializable
 * data (numbers, strings, arrays, records), safe to put in the store or JSON.stringify;
 * the records inside are frozen because states share them (copy before editing).
 * Every time is in virtual seconds; every line is a 1-based snippet line or null.
 */
import type { SyncState, WaitKind } from '../../protocol/trace.ts';

/** A suspended task and what it waits on. */
export interface WaitingTask {
  task: number;
  /** For humans, from the trace: "sleep(1)", "Queue.get()", "gather(3 tasks)". */
  label: string;
  kind: WaitKind;
  /** The await it is parked at. */
  line: number | null;
  /** Virtual seconds when it suspended. */
  since: number;
  /** Virtual seconds when a timer ends the wait (sleep, timeouts); absent when nothing will. */
  until?: number;
  /** Tasks or thread lanes whose completion ends the wait (gather's children, a to_thread lane). */
  targets?: number[];
  /** The sync object (Lock, Queue, ...) it waits on: an `obj` of LoopState.objects. */
  object?: number;
}

/** A pending timer: the loop's heap of scheduled wake-ups, from waits that have `until`. */
export interface PendingTimer {
  task: number;
  /** Virtual seconds. */
  due: number;
  label: string;
}

/** A Lock / Semaphore / Event / Condition / Queue / Barrier the snippet created. */
export interface SyncObjectState {
  /** The object's id for the run. */
  obj: number;
  /** 'Lock', 'Semaphore', 'Queue', ... as the trace names it. */
  kind: string;
  /** e.g. "Semaphore(3)", "Queue(maxsize=5)". */
  label: string;
  /** Where the snippet created it. */
  line: number | null;
  /** Its latest state as the runtime reported it (value, locked, holder, size, ...). */
  state: SyncState;
  /** Tasks suspended on it right now, in the order they started waiting (derived from waits). */
  waiters: number[];
}

/** The loop is stalled by a blocking call (time.sleep) inside a task. */
export interface BlockedLoop {
  task: number;
  /** e.g. "time.sleep(1)". */
  call: string;
  line: number | null;
  /** Virtual seconds the block started. */
  since: number;
  /** Virtual seconds the loop is free again. */
  until: number;
}

/** A simulated worker thread busy running a function for a task. */
export interface BusyThread {
  /** The thread lane's task id (kind 'thread'). */
  thread: number;
  fn: string;
  /** The task that handed it the work. */
  task: number;
  /** Virtual seconds. */
  since: number;
  /** Virtual seconds. */
  until: number;
}

/** The event loop right after event `index`. */
export interface LoopState {
  /** The event this state follows; -1 is before the first event. */
  index: number;
  /** Virtual seconds: the event's time (or the time asked for, see stateAtTime). */
  t: number;
  /** The task between its resume and its suspend/finish, or null while the loop is between callbacks. */
  running: number | null;
  /** The ready queue in order: tasks scheduled to run that have not resumed yet (never the running task). */
  ready: number[];
  /** Suspended tasks, in the order they suspended. */
  waiting: WaitingTask[];
  /** Pending timers, soonest first (ties in the order they were set). */
  timers: PendingTimer[];
  /** Every sync object created so far, in creation order. */
  objects: SyncObjectState[];
  /** Set while a blocking call stalls the loop. */
  blocked: BlockedLoop | null;
  /** Worker threads busy now. */
  threads: BusyThread[];
  /** True while the main program is parked inside asyncio.run() (its 'event-loop' wait) rather than running module code. */
  loopRunning: boolean;
  /** Tasks asked to cancel whose CancelledError has not been delivered yet (it is, at their next resume). */
  cancelRequested: number[];
  /** Tasks that returned, in the order they finished. */
  finished: number[];
  /** Tasks that ended cancelled, in order. */
  cancelled: number[];
  /** Tasks that ended with an exception, in order. */
  failed: number[];
}
