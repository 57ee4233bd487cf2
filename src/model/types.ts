/**
 * The trace model: what the views draw, derived once from a Trace. Plain data only
 * (no classes, no DOM), so it is cheap to test in Node and safe to hand to any renderer.
 */
import type { TaskKind, TaskState, Trace, Waiting } from '../protocol/trace.ts';
import type { Seconds } from '../units/time.ts';

/** One horizontal row of the timeline: the main program, a task, or a worker thread. */
export interface Lane {
  /** Task id from the trace (0 = main program). */
  task: number;
  /** Row index, top to bottom. */
  row: number;
  kind: TaskKind;
  /** As asyncio names it ('Task-3'), '<main>', or the thread's name. */
  name: string;
  coroutine: string | null;
  /** The coroutine's arguments as the call reads, when it has any. */
  args?: string;
  createdLine: number | null;
  /** Nesting under the task that created it (main = 0), for indenting labels. */
  depth: number;
  parent: number | null;
  state: TaskState;
}

/**
 * What a lane is doing over a span of virtual time.
 * running: executing Python (usually instantaneous on the virtual clock);
 * waiting: suspended on an awaitable; ready: could run but the loop is busy elsewhere;
 * blocking: running a blocking call that stalls the whole loop (time.sleep);
 * thread: a worker thread running a function for a task.
 */
export type SegmentKind = 'running' | 'waiting' | 'ready' | 'blocking' | 'thread';

export interface Segment {
  kind: SegmentKind;
  /** Task id of the lane it sits on. */
  task: number;
  start: Seconds;
  end: Seconds;
  /** The snippet line it happens at: the await for waits, the call for blocks, where running stopped. */
  line: number | null;
  /** Where a running segment resumed from (the previous await), if known. */
  fromLine: number | null;
  /** Human label: "sleep(1)", "time.sleep(1)", "fn()", or "" for plain running. */
  label: string;
  /** For waiting segments: what is awaited. */
  wait?: Waiting;
  /** For thread segments: the task the thread works for. */
  forTask?: number;
  /** Still in progress when the run ended (a deadlocked or limited task never got past it). */
  open?: boolean;
}

export type MarkKind = 'create' | 'finish' | 'error' | 'cancel' | 'cancelled' | 'print' | 'warning';

/** An instant on a lane: created, finished, failed, printed... */
export interface Mark {
  kind: MarkKind;
  task: number;
  t: Seconds;
  line: number | null;
  /** Tooltip text: the result repr, the exception, the printed line, the warning. */
  text: string;
  /** For print marks: index into trace.output, so the console and timeline can point at each other. */
  output?: number;
}

/** An arrow between lanes: a parent creating a child, or a finished task releasing its awaiter. */
export interface Link {
  kind: 'spawn' | 'wake';
  from: number;
  to: number;
  /** Virtual time where the arrow leaves `from`. */
  t0: Seconds;
  /** Virtual time where it reaches `to`. */
  t1: Seconds;
}

/** A span in which the whole event loop was stalled by one task's blocking call. */
export interface BlockedSpan {
  task: number;
  start: Seconds;
  end: Seconds;
  call: string;
  line: number | null;
}

/** Per-task totals for the Tasks table. */
export interface TaskStats {
  task: number;
  running: Seconds;
  waiting: Seconds;
  /** Time spent ready but not run because something blocked the loop. */
  ready: Seconds;
  blocking: Seconds;
}

export interface TraceModel {
  trace: Trace;
  lanes: Lane[];
  /** Lane row by task id. */
  rowOf: Map<number, number>;
  /** Segments per lane row, sorted by start. */
  segments: Segment[][];
  /** Marks per lane row, sorted by time. */
  marks: Mark[][];
  links: Link[];
  blocked: BlockedSpan[];
  /** The end of the drawn range: the run's virtual time or the last event, whichever is later. */
  end: Seconds;
}

/** Points at one segment of the model: lane row and index within that row. Serializable. */
export interface SegmentRef {
  row: number;
  index: number;
}
