/**
 * The slice of the Chrome Trace Event Format that Loopscope writes: the JSON object
 * Perfetto (ui.perfetto.dev) and chrome://tracing open. Spec: "Trace Event Format",
 * docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU.
 * Every `ts` and `dur` is in microseconds.
 */

/** Arguments shown in the viewer's details panel: plain JSON values only. */
export type ChromeArgs = Record<string, string | number | boolean | null | number[]>;

interface Base {
  /** Shown on the slice or marker. */
  name: string;
  /** Comma-separated categories; viewers can filter on them. */
  cat?: string;
  /** Microseconds since the run started. */
  ts: number;
  /** Process id: Loopscope writes one process. */
  pid: number;
  /** Thread id: one per task or worker thread. */
  tid: number;
  args?: ChromeArgs;
}

/** A span with a known duration: running, waiting, a blocked loop, a thread's work. */
export interface CompleteEvent extends Base {
  ph: 'X';
  /** Microseconds, never negative. */
  dur: number;
}

/** A point in time on one thread's track: a print, a warning, a cancel request, an error. */
export interface InstantEvent extends Base {
  ph: 'i';
  /** Scope: 't' draws the marker on the thread's own track. */
  s: 't';
}

/** One end of an arrow between tracks; a 's' and an 'f' with the same id pair up. */
export interface FlowEvent extends Base {
  ph: 's' | 'f';
  /** Pairs the start with its finish; unique per arrow. */
  id: number;
  /** 'e': the finish binds to the slice enclosing ts (the target's last running slice). */
  bp?: 'e';
}

/** Names a process or thread, or orders the threads (`thread_sort_index`). */
export interface MetadataEvent {
  ph: 'M';
  name: 'process_name' | 'thread_name' | 'thread_sort_index';
  /** Microseconds; metadata applies to the whole trace. */
  ts: 0;
  pid: number;
  tid: number;
  args: { name: string } | { sort_index: number };
}

export type ChromeTraceEvent = CompleteEvent | InstantEvent | FlowEvent | MetadataEvent;

/** The JSON object form, so the file can carry metadata beside the events. */
export interface ChromeTrace {
  traceEvents: ChromeTraceEvent[];
  /** How the viewer labels times; the data stays in microseconds. */
  displayTimeUnit: 'ms' | 'ns';
  /** Free-form: what run this was. */
  otherData: Record<string, string | number>;
}
