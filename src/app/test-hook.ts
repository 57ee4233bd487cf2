import { modelOf } from '../model/build-model.ts';
import { dumpModel } from '../model/dump.ts';
import { segmentsAtLine } from '../model/queries.ts';
import type { Trace } from '../protocol/trace.ts';
import type { RunnerStatus } from '../runner/runner.ts';
import { isIdle, type AppStore } from '../store/app-store.ts';

/** What e2e tests may ask the page, on `window.__loopscope`, present only with `?test`. */
export interface LoopscopeTestHook {
  /** Resolves once Python is ready, the editor is up and no run is in flight: wait on this, never sleep. */
  idle(): Promise<void>;
  status(): RunnerStatus;
  trace(): Trace | null;
  /** The golden-style dump of the last trace's model (lanes, segments, marks). */
  dump(): string | null;
  code(): string;
  setCode(code: string): void;
  /** What the views are pointing at: editor cursor line and the segments it highlights, the revealed line, the hovered console line. */
  selection(): { cursorLine: number | null; highlightedSegments: number; focusLine: number | null; hoveredOutput: number | null; hovered: string | null };
}

declare global {
  interface Window {
    __loopscope?: LoopscopeTestHook;
  }
}

export function installTestHook(target: Window, store: AppStore): void {
  target.__loopscope = {
    idle: () =>
      new Promise<void>((resolve) => {
        if (isIdle(store.getState())) return resolve();
        const unsubscribe = store.subscribe((s) => {
          if (!isIdle(s)) return;
          unsubscribe();
          resolve();
        });
      }),
    status: () => store.getState().runnerStatus,
    trace: () => store.getState().trace,
    dump: () => {
      const trace = store.getState().trace;
      return trace ? dumpModel(modelOf(trace)) : null;
    },
    code: () => store.getState().code,
    setCode: (code) => store.getState().setCode(code),
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
