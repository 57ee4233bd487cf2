/**
 * The runner client: owns the worker's lifecycle (pre-warm, run, stop, respawn) behind
 * an interface with no React, so tests and the store can swap in a fake.
 */
import type { RunOptions, Trace } from '../protocol/trace.ts';

export type RunnerStatus =
  | { state: 'booting'; loaded: number; total: number }
  /** `boot`: how the current runtime came up (absent for fakes). */
  | { state: 'ready'; python: string; boot?: BootInfo }
  /** `python` as when ready: a run too short to announce keeps showing it. */
  | { state: 'running'; runId: number; python: string }
  | { state: 'failed'; message: string };

/** How the current runtime came up: milliseconds in the worker, and from a snapshot or cold. */
export interface BootInfo {
  ms: number;
  from: 'snapshot' | 'cold';
}

export interface RunProgress {
  events: number;
  output: number;
}

export interface Runner {
  /** Current status; changes are announced through onStatus. */
  readonly status: RunnerStatus;
  onStatus(listener: (status: RunnerStatus) => void): () => void;
  /** Runs a snippet; resolves with the full trace (errors in the snippet are in the trace). */
  run(code: string, options?: Partial<RunOptions>, onProgress?: (p: RunProgress) => void): Promise<Trace>;
  /** Ends the current run at once (the promise resolves with status 'stopped'). */
  stop(): void;
  dispose(): void;
}
