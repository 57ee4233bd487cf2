import type { LimitKind, RunOptions } from '../protocol/trace.ts';
import { DEFAULT_RUN_OPTIONS } from '../protocol/trace.ts';
import type { RunProgress, Runner, RunnerStatus } from '../runner/runner.ts';
import type { Slice } from './app-state.ts';

export interface RunSlice {
  /** Mirrors the runner: booting (with bytes), ready, running, failed. */
  runnerStatus: RunnerStatus;
  /** A run this page asked for is in flight. */
  running: boolean;
  progress: RunProgress | null;
  /** The engine itself failed (not the snippet: its errors are in the trace). */
  runFailure: string | null;
  /** Overrides of DEFAULT_RUN_OPTIONS, e.g. a raised limit. */
  runOptions: Partial<RunOptions>;
  run(): Promise<void>;
  stop(): void;
  /** Doubles the option behind a limit and runs again. */
  raiseLimit(kind: LimitKind): void;
  setRunnerStatus(status: RunnerStatus): void;
}

/** Which run option raises which limit; memory and recursion have none. */
export const LIMIT_OPTION: Partial<Record<LimitKind, keyof RunOptions>> = {
  'virtual-time': 'maxVirtualSeconds',
  events: 'maxEvents',
  output: 'maxOutputChars',
  'wall-clock': 'wallClockMs',
};

export const createRunSlice =
  (runner: Runner): Slice<RunSlice> =>
  (set, get) => ({
    runnerStatus: runner.status,
    running: false,
    progress: null,
    runFailure: null,
    runOptions: {},
    setRunnerStatus: (runnerStatus) => set({ runnerStatus }),
    run: async () => {
      if (get().mode === 'compare') return get().runVariants();
      const { runnerStatus, running, code, runOptions } = get();
      if (running || runnerStatus.state !== 'ready') return;
      set({ running: true, progress: null, runFailure: null });
      try {
        const trace = await runner.run(code, runOptions, (progress) => set({ progress }));
        get().setTrace(trace, code);
      } catch (err) {
        set({ runFailure: err instanceof Error ? err.message : String(err) });
      } finally {
        set({ running: false, progress: null });
      }
    },
    stop: () => {
      if (get().running) runner.stop();
    },
    raiseLimit: (kind) => {
      const key = LIMIT_OPTION[kind];
      if (!key) return;
      const current = Number(get().runOptions[key] ?? get().trace?.meta.options[key] ?? DEFAULT_RUN_OPTIONS[key]);
      set({ runOptions: { ...get().runOptions, [key]: current * 2 } });
      void get().run();
    },
  });
