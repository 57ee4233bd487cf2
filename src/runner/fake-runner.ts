/**
 * A Runner that replays recorded traces instead of running Python: for unit tests,
 * and for `?fake` in dev so the UI can be worked on without booting Pyodide.
 * It imitates the real one's lifecycle: booting with byte progress, ready, running, stop.
 */
import { DEFAULT_RUN_OPTIONS, MAIN_TASK, TRACE_FORMAT, TRACE_VERSION, type RunOptions, type Trace } from '../protocol/trace.ts';
import type { RunProgress, Runner, RunnerStatus } from './runner.ts';

export interface FakeRecording {
  code: string;
  trace: Trace;
}

export interface FakeRunnerOptions {
  /** Simulated boot time in ms; 0 makes the runner ready at once (unit tests). */
  bootMs?: number;
  /** Simulated run time in ms. */
  runMs?: number;
  /** Bytes the fake "downloads" while booting. */
  totalBytes?: number;
}

export function createFakeRunner(recordings: readonly FakeRecording[], opts: FakeRunnerOptions = {}): Runner {
  const { bootMs = 0, runMs = 0, totalBytes = 12_400_000 } = opts;
  const listeners = new Set<(s: RunnerStatus) => void>();
  let status: RunnerStatus = bootMs > 0 ? { state: 'booting', loaded: 0, total: totalBytes } : { state: 'ready', python: '3.14.2 (fake)' };
  let nextRunId = 1;
  let pending: { resolve: (t: Trace) => void; timer: ReturnType<typeof setTimeout>; trace: Trace } | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const setStatus = (s: RunnerStatus) => {
    status = s;
    for (const l of listeners) l(s);
  };

  if (bootMs > 0) {
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        setStatus(i < steps ? { state: 'booting', loaded: Math.round((totalBytes * i) / steps), total: totalBytes } : { state: 'ready', python: '3.14.2 (fake)' });
      }, (bootMs * i) / steps);
      timers.add(timer);
    }
  }

  const normalize = (code: string) => code.replace(/\s+$/g, '').replace(/\r\n/g, '\n');

  return {
    get status() {
      return status;
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    run(code: string, options?: Partial<RunOptions>, onProgress?: (p: RunProgress) => void): Promise<Trace> {
      if (status.state !== 'ready') return Promise.reject(new Error(`runner is ${status.state}`));
      const runId = nextRunId++;
      const found = recordings.find((r) => normalize(r.code) === normalize(code));
      const trace = found ? found.trace : unrecorded({ ...DEFAULT_RUN_OPTIONS, ...options });
      setStatus({ state: 'running', runId, python: status.python });
      return new Promise<Trace>((resolve) => {
        const timer = setTimeout(() => {
          pending = null;
          onProgress?.({ events: trace.events.length, output: trace.output.length });
          setStatus({ state: 'ready', python: '3.14.2 (fake)' });
          resolve(trace);
        }, runMs);
        pending = { resolve, timer, trace };
      });
    },
    stop() {
      if (!pending) return;
      clearTimeout(pending.timer);
      const { resolve, trace } = pending;
      pending = null;
      setStatus({ state: 'ready', python: '3.14.2 (fake)' });
      resolve({ ...trace, outcome: { ...trace.outcome, status: 'stopped', summary: 'Stopped.' } });
    },
    dispose() {
      for (const t of timers) clearTimeout(t);
      if (pending) clearTimeout(pending.timer);
      listeners.clear();
    },
  };
}

/** What the fake answers for code it has no recording of: an honest error, not a made-up run. */
function unrecorded(options: RunOptions): Trace {
  const message = 'the fake runner has no recording of this code (it only replays fixtures)';
  return {
    format: TRACE_FORMAT,
    version: TRACE_VERSION,
    outcome: { status: 'error', virtualTime: 0, exitCode: 1, summary: 'Not run: no recording for this code.', error: { type: 'FakeRunnerError', message, line: null } },
    tasks: [{ id: MAIN_TASK, kind: 'main', name: '<main>', coroutine: null, parent: null, created: 0, createdLine: null, finished: 0, state: 'failed', error: message }],
    events: [],
    output: [{ t: 0, task: MAIN_TASK, stream: 'stderr', text: `FakeRunnerError: ${message}` }],
    meta: { python: '3.14.2 (fake)', engine: 'fake', wallMs: 0, options },
  };
}
