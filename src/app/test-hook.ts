import { modelOf } from '../model/build-model.ts';
import { compareSummary } from '../model/compare.ts';
import { loopIndexOf } from '../model/loop-index-of.ts';
import { stateAt, type LoopState } from '../model/loop-state/index.ts';
import { taskLineAt } from '../model/playback-line.ts';
import { dumpModel } from '../model/dump.ts';
import { segmentsAtLine } from '../model/queries.ts';
import { PROTOCOL_VERSION } from '../protocol/messages.ts';
import type { RunOptions, Trace } from '../protocol/trace.ts';
import { validateWorkerMessage } from '../protocol/validate.ts';
import type { Runner, RunnerStatus } from '../runner/runner.ts';
import { isIdle, type AppStore } from '../store/app-store.ts';
import type { AppState } from '../store/app-state.ts';
import { isSettled, whenState } from './when-state.ts';

/** What e2e tests may ask the page, on `window.__loopscope`, present only with `?test`. */
export interface LoopscopeTestHook {
  /** Resolves once Python is ready, the editor is up and no run is in flight: wait on this, never sleep. */
  idle(): Promise<void>;
  /** Resolves when Python is up (or failed) and no run is in flight; unlike idle(), does not wait for Monaco. */
  settled(): Promise<void>;
  status(): RunnerStatus;
  trace(): Trace | null;
  /**
   * Lands `data` as the finished run of the current code, as the runner lands a worker's
   * 'run-finished' (validated, then stored): a benchmark can time "trace landed → drawn"
   * without waiting for Python. Returns the validation error, or null.
   */
  landTrace(data: unknown): string | null;
  /**
   * Runs `code` through the runner alone (worker round trip, nothing stored or drawn) and says
   * how long that took: the benchmark's way to separate the engine from the page's work.
   */
  runOnly(code: string): Promise<{ ms: number; phasesMs: Record<string, number> | null }>;
  /** Overrides run options (raised limits) for the next runs, as the limit notice's button does. */
  setRunOptions(options: Partial<RunOptions>): void;
  /** The golden-style dump of the last trace's model (lanes, segments, marks). */
  dump(): string | null;
  code(): string;
  setCode(code: string): void;
  /** How the page is set up beyond the code: what share links restore. */
  view(): { mode: string; variants: Array<{ name: string; code: string }>; sidePanel: string; presenter: boolean; playbackIndex: number | null; linkNotice: string | null };
  /** The replay: cursor (null outside a replay), and the loop state and code line the page shows there. */
  playback(): { index: number | null; time: number; playing: boolean; speed: number; state: LoopState | null; line: number | null };
  /** Back to the plain playground between specs: single mode (the last comparison forgotten), no presenter, no replay, the event-loop tab. */
  resetView(): void;
  /** Compare mode: the active variant, each variant's last run, and the summary sentence. */
  compare(): { active: number; runs: Array<{ name: string; status: string | null; virtualTime: number | null }>; summary: string };
  /** What the views are pointing at: editor cursor line and the segments it highlights, the revealed line, the hovered console line. */
  selection(): { cursorLine: number | null; highlightedSegments: number; focusLine: number | null; hoveredOutput: number | null; hovered: string | null };
}

declare global {
  interface Window {
    __loopscope?: LoopscopeTestHook;
  }
}

export function installTestHook(target: Window, store: AppStore, runner: Runner): void {
  const when = (test: (s: AppState) => boolean) => whenState(store, test);
  target.__loopscope = {
    idle: () => when(isIdle),
    settled: () => when(isSettled),
    status: () => store.getState().runnerStatus,
    trace: () => store.getState().trace,
    landTrace: (data) => {
      store.setState({ running: true, progress: null, runFailure: null });
      const checked = validateWorkerMessage({ type: 'run-finished', v: PROTOCOL_VERSION, runId: 0, trace: data });
      if (checked.ok && checked.message.type === 'run-finished') store.getState().setTrace(checked.message.trace, store.getState().code);
      store.setState({ running: false });
      return checked.ok ? null : checked.error;
    },
    runOnly: async (code) => {
      const started = performance.now();
      const trace = await runner.run(code, store.getState().runOptions);
      return { ms: performance.now() - started, phasesMs: trace.meta.phasesMs ?? null };
    },
    setRunOptions: (options) => store.setState((s) => ({ runOptions: { ...s.runOptions, ...options } })),
    dump: () => {
      const trace = store.getState().trace;
      return trace ? dumpModel(modelOf(trace)) : null;
    },
    code: () => store.getState().code,
    setCode: (code) => store.getState().setCode(code),
    view: () => {
      const s = store.getState();
      return {
        mode: s.mode,
        variants: s.variants.map((v) => ({ name: v.name, code: v.code })),
        sidePanel: s.sidePanel,
        presenter: s.presenter,
        playbackIndex: s.playback.index,
        linkNotice: s.linkNotice,
      };
    },
    playback: () => {
      const { trace, playback } = store.getState();
      const at = playback.index ?? (trace ? trace.events.length - 1 : -1);
      return {
        ...playback,
        state: trace ? stateAt(loopIndexOf(trace), at) : null,
        line: trace && playback.index !== null ? taskLineAt(trace, playback.index)?.line ?? null : null,
      };
    },
    resetView: () => {
      const s = store.getState();
      s.setMode('single');
      s.setPresenter(false);
      s.seekEvent(null);
      s.setSidePanel('loop');
      // Forget the last comparison too: a spec's Compare click compares its own code, not a resume of another spec's.
      store.setState({ resumeWith: null });
    },
    compare: () => {
      const { variants, runs, activeVariant } = store.getState();
      const side = (i: number) => ({ name: variants[i]?.name ?? '', trace: runs[i]?.trace ?? null, failure: runs[i]?.failure });
      return {
        active: activeVariant,
        runs: variants.map((v, i) => ({ name: v.name, status: runs[i]?.trace?.outcome.status ?? null, virtualTime: runs[i]?.trace?.outcome.virtualTime ?? null })),
        summary: compareSummary(side(0), side(1)).text,
      };
    },
    selection: () => {
      const s = store.getState();
      const model = s.trace ? modelOf(s.trace) : null;
      return {
        cursorLine: s.cursorLine,
        highlightedSegments: model ? segmentsAtLine(model, s.cursorLine).length : 0,
        focusLine: s.focusLine?.line ?? null,
        hoveredOutput: s.hoveredOutput,
        hovered: s.hovered ? s.hovered.kind : null,
      };
    },
  };
}
