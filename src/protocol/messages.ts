/**
 * Worker ⇄ page protocol. Discriminated unions on `type`, versioned, with a run id on
 * every run-scoped message. A run is a stream: run-started → run-batch* → run-finished | run-failed.
 * The page validates every message it receives (src/protocol/validate.ts): the snippet
 * runs in the worker and could forge messages.
 */
import type { OutputLine, RunOptions, TaskInfo, Trace, TraceEvent } from './trace.ts';

export const PROTOCOL_VERSION = 1;

/** Page → worker. */
export type HostMessage =
  /**
   * `interrupt` (2 × Int32 over a SharedArrayBuffer) exists only when the page is cross-origin isolated.
   * `sources` are the runtime's Python files (path under src/runtime/python → text).
   * `files` are Pyodide's files the page already fetched (name under indexURL → bytes), `snapshot`
   * a memory snapshot of Python with the runtime imported; both transferred, both optional.
   */
  | {
      type: 'init';
      v: typeof PROTOCOL_VERSION;
      indexURL: string;
      sources: Record<string, string>;
      interrupt?: SharedArrayBuffer;
      /** Bytes, or response bodies still arriving (the worker reads them; see openBootFiles). */
      files?: Record<string, ArrayBuffer | ReadableStream<Uint8Array>>;
      snapshot?: ArrayBuffer | ReadableStream<Uint8Array>;
      /** Bytes still to arrive through those streams, for the loading bar. */
      streamedBytes?: number;
      /**
       * No `files`: the sandbox's relay is reading them (and compiling the wasm) and hands the
       * worker the results itself (src/runner/sandbox/relay.js).
       */
      filesInSandbox?: boolean;
    }
  | { type: 'run'; v: typeof PROTOCOL_VERSION; runId: number; code: string; options: Partial<RunOptions> };

export type BootPhase = 'download' | 'start' | 'runtime';

/** How often, at most, download progress is reported (page or worker): each report re-renders the loading bar. */
export const BOOT_PROGRESS_EVERY_MS = 100;

/**
 * When the worker's start-up steps happened, in milliseconds since the epoch (the worker's clock
 * and the page's differ only by their origins): the page marks them on its own timeline, so
 * the bench and the boot probe can say where a cold start's time went.
 */
export interface BootTimeline {
  /** The worker thread was created (its performance.timeOrigin). */
  created: number;
  /** Its script (Pyodide's JavaScript and ours) had been evaluated. */
  evaluated: number;
  /** The page's init message (with Pyodide's files on their way) arrived. */
  init: number;
  /** Pyodide's files had all arrived (the snapshot unzipped as it came). */
  files: number;
  /** Its WebAssembly had compiled (started as the bytes arrived; absent if Pyodide compiled it). */
  compiled?: number;
  /** Python was up (the snapshot restored, the runtime ready). */
  ready: number;
}

/** Worker → page. */
export type WorkerMessage =
  /** Bytes of Pyodide fetched so far, for the loading bar. */
  | { type: 'boot-progress'; v: typeof PROTOCOL_VERSION; phase: BootPhase; loaded: number; total: number }
  | { type: 'ready'; v: typeof PROTOCOL_VERSION; python: string; bootMs: number; bootedFrom?: 'snapshot' | 'cold'; timeline?: BootTimeline }
  | { type: 'boot-error'; v: typeof PROTOCOL_VERSION; message: string }
  | { type: 'run-started'; v: typeof PROTOCOL_VERSION; runId: number }
  /** A slice of the trace so far, so long runs can show progress. */
  | { type: 'run-batch'; v: typeof PROTOCOL_VERSION; runId: number; events: TraceEvent[]; output: OutputLine[]; tasks: TaskInfo[] }
  | { type: 'run-finished'; v: typeof PROTOCOL_VERSION; runId: number; trace: Trace }
  /** The engine itself failed (not the snippet: a snippet's errors are in the trace). */
  | { type: 'run-failed'; v: typeof PROTOCOL_VERSION; runId: number; message: string };
