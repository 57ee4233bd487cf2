/**
 * The Loopscope trace: what one run of a snippet did, on the virtual clock.
 * Produced by the Python runtime (src/runtime/python/loopscope/trace.py), carried over
 * the worker protocol, printed by `loopscope run --json`. Documented in docs/trace-schema.md.
 * All times are virtual seconds since the run started; lines are 1-based snippet lines.
 */
export const TRACE_FORMAT = 'loopscope-trace';
export const TRACE_VERSION = 1;

/** Task id 0 is always the main program (module-level code outside the event loop). */
export const MAIN_TASK = 0;

export type TaskKind = 'main' | 'task' | 'thread';
export type TaskState = 'finished' | 'failed' | 'cancelled' | 'pending';

export interface TaskInfo {
  id: number;
  kind: TaskKind;
  /** As asyncio names it ('Task-3'), '<main>' for the program, or the worker thread's name. */
  name: string;
  /** Qualified name of the task's coroutine ('fetch_data'); null for main and threads. */
  coroutine: string | null;
  /** The coroutine's arguments as the call reads ("'A', 2" for task('A', 2)), truncated. */
  args?: string;
  /** The task that created it; null only for the main program. */
  parent: number | null;
  /** Virtual seconds. */
  created: number;
  createdLine: number | null;
  /** Virtual seconds; null while pending (deadlock, limit). */
  finished: number | null;
  state: TaskState;
  /** repr() of the result, truncated. */
  result?: string;
  /** 'ValueError: boom' when state is 'failed'. */
  error?: string;
}

/** What a suspended task waits on, for humans. */
export type WaitKind =
  | 'sleep' | 'gather' | 'task' | 'wait' | 'wait-for' | 'timeout' | 'as-completed' | 'taskgroup' | 'shield'
  | 'queue-get' | 'queue-put' | 'queue-join' | 'semaphore' | 'lock' | 'event' | 'condition' | 'barrier'
  | 'executor' | 'future' | 'io' | 'event-loop' | 'other';

export interface Waiting {
  kind: WaitKind;
  /** e.g. "sleep(1)", "gather(3 tasks)", "Task 'B'", "Queue.get()", "Semaphore.acquire()". */
  label: string;
  /** Tasks (or thread lanes) whose completion this wait depends on. */
  targets?: number[];
  /** Identity of the synchronisation object (Queue, Lock, ...), stable within a run. */
  object?: number;
  /** Virtual time at which a timer will end the wait (sleep, timeouts). */
  until?: number;
}

export interface ExceptionInfo {
  type: string;
  message: string;
  /** Snippet line where it was raised (innermost snippet frame). */
  line: number | null;
  /** The traceback as CPython prints it, one entry per line. */
  traceback: string[];
}

interface EventBase {
  /** Virtual seconds. */
  t: number;
  /** Task id (0 = main program). */
  task: number;
  /** Snippet line, when the event happens in snippet code. */
  line: number | null;
}

export type TraceEvent =
  | (EventBase & { type: 'create'; parent: number | null })
  /** The task joined the ready queue (its step or wakeup was scheduled); it runs at its next resume. */
  | (EventBase & { type: 'ready' })
  | (EventBase & { type: 'resume' })
  | (EventBase & { type: 'suspend'; wait: Waiting })
  | (EventBase & { type: 'finish'; result: string })
  | (EventBase & { type: 'error'; exc: ExceptionInfo })
  /** A cancellation was requested: by which task (null = a timer/callback), at which line. */
  | (EventBase & { type: 'cancel'; by: number | null; reason: string })
  /** The task ended cancelled. */
  | (EventBase & { type: 'cancelled' })
  /** The event loop was blocked from t to end by a blocking call in this task (time.sleep). */
  | (EventBase & { type: 'block'; end: number; call: string })
  /** A simulated worker thread ran `fn` from t to end on behalf of `task`. */
  | (EventBase & { type: 'thread'; end: number; thread: number; fn: string })
  | (EventBase & { type: 'print'; stream: 'stdout' | 'stderr'; text: string })
  | (EventBase & { type: 'warning'; category: string; message: string })
  /** A synchronisation object (Lock, Semaphore, Event, Condition, Queue, Barrier) was created. */
  | (EventBase & { type: 'object'; obj: number; kind: string; label: string; state: SyncState })
  /** A synchronisation object's state changed (permits, holder, length, set/clear). */
  | (EventBase & { type: 'sync'; obj: number; state: SyncState });

/**
 * State of a synchronisation object, by kind: Lock {locked, holder, waiters}; Semaphore {value,
 * waiters}; Event {set, waiters}; Condition {locked, waiters}; Queue {size, maxsize, unfinished,
 * getters, putters}; Barrier {parties, waiting}. `holder` is a task id.
 */
export type SyncState = Record<string, number | boolean | null>;

export type TraceEventType = TraceEvent['type'];

export interface OutputLine {
  /** Virtual seconds. */
  t: number;
  task: number;
  stream: 'stdout' | 'stderr';
  /** One line, without its newline. */
  text: string;
  /** The last line, when the program did not end it with a newline. */
  partial?: boolean;
}

export type OutcomeStatus = 'ok' | 'error' | 'deadlock' | 'limit' | 'stopped';
export type LimitKind = 'virtual-time' | 'events' | 'output' | 'wall-clock' | 'memory' | 'recursion';

export interface DeadlockedTask {
  task: number;
  name: string;
  coroutine: string | null;
  /** Snippet line it is stuck at. */
  line: number | null;
  /** Human description of what it waits on ("Queue.get()"). */
  waitingOn: string;
}

export interface Outcome {
  status: OutcomeStatus;
  /** Virtual seconds when the run ended. */
  virtualTime: number;
  /** What `python file.py` would exit with (deadlock and limits: 1). */
  exitCode: number;
  /** One sentence for the banner: "3 tasks ran concurrently; finished in 1.0 s". */
  summary: string;
  error?: { type: string; message: string; line: number | null };
  deadlock?: DeadlockedTask[];
  limit?: { kind: LimitKind; message: string; line: number | null };
  /** How the snippet ran: like `python main.py`, or like the asyncio REPL (top-level await). */
  mode?: 'script' | 'toplevel-await';
  /** True when the snippet defined or did nothing observable (empty file). */
  ranNothing?: boolean;
  /** Set when the trace was cut short; says what was dropped. */
  truncated?: string;
}

export interface TraceMeta {
  python: string;
  engine: string;
  /** Wall-clock milliseconds the run took. */
  wallMs: number;
  /**
   * Where the engine's real time went, in milliseconds: setup, compile, run, cleanup, summary
   * (Python's side), then call (the whole call into Python) and decode (the host's side).
   */
  phasesMs?: Record<string, number>;
  /** Size of the interpreter's WebAssembly memory after the run, in bytes (it never shrinks). */
  heapBytes?: number;
  options: RunOptions;
}

export interface Trace {
  format: typeof TRACE_FORMAT;
  version: typeof TRACE_VERSION;
  outcome: Outcome;
  tasks: TaskInfo[];
  events: TraceEvent[];
  output: OutputLine[];
  meta: TraceMeta;
}

/** Knobs for one run. Every field is optional on input; defaults in DEFAULT_RUN_OPTIONS. */
export interface RunOptions {
  /** Stop when the virtual clock passes this many seconds. */
  maxVirtualSeconds: number;
  /** Stop after this many trace events. */
  maxEvents: number;
  /** Stop after this many characters of output. */
  maxOutputChars: number;
  /** Wall-clock budget in milliseconds for the whole run. */
  wallClockMs: number;
  /** Stop when the interpreter's memory grows by more than this during the run, MiB. */
  maxMemoryMB: number;
  /** Simulated network latency per aiohttp request, seconds. */
  httpLatency: number;
  /** Simulated latency per asyncpg query, seconds. */
  dbLatency: number;
  /** Simulated latency per aiofiles operation, seconds. */
  fileLatency: number;
  /** Record the trace (false runs untraced, for the overhead benchmark). */
  trace: boolean;
}

export const DEFAULT_RUN_OPTIONS: RunOptions = {
  maxVirtualSeconds: 3600,
  maxEvents: 200_000,
  maxOutputChars: 1_000_000,
  wallClockMs: 5000,
  maxMemoryMB: 512,
  httpLatency: 0.1,
  dbLatency: 0.05,
  fileLatency: 0.01,
  trace: true,
};
