import { modelOf } from '../../model/build-model.ts';
import type { Trace } from '../../protocol/trace.ts';
import type { AppState } from '../../store/app-state.ts';
import { secs, type Seconds } from '../../units/time.ts';

/**
 * Which trace a timeline draws, read from the store. The page's one timeline draws
 * `trace`; in compare mode each variant's timeline draws that variant's run, and only the
 * active variant's is "linked": selection, hover, editor lines and the replay cursor
 * (all references into `trace`) apply to it.
 */
export interface TimelineSource {
  trace(s: AppState): Trace | null;
  /** The code that produced that trace, for quoting lines. */
  code(s: AppState): string | null;
  linked(s: AppState): boolean;
  /** Virtual seconds the time axis spans when timelines share one; null: this trace's own end. */
  axisEnd(s: AppState): Seconds | null;
  /** Makes this timeline the linked one (a click on it). */
  activate(s: AppState): void;
}

export const MAIN_TIMELINE: TimelineSource = {
  trace: (s) => s.trace,
  code: (s) => s.tracedCode,
  linked: () => true,
  axisEnd: () => null,
  activate: () => {},
};

/** Variant i's timeline in compare mode, on the axis every variant shares. */
export function variantTimeline(i: number): TimelineSource {
  return {
    trace: (s) => s.runs[i]?.trace ?? null,
    code: (s) => s.runs[i]?.code ?? null,
    linked: (s) => s.activeVariant === i,
    axisEnd: sharedEnd,
    activate: (s) => s.setActiveVariant(i),
  };
}

/** The latest end of any variant's run: one axis long enough for the slowest. */
export function sharedEnd(s: Pick<AppState, 'runs'>): Seconds | null {
  let end: number | null = null;
  for (const run of s.runs) if (run?.trace) end = Math.max(end ?? 0, modelOf(run.trace).end);
  return end === null ? null : secs(end);
}
