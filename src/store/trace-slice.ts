import type { Trace } from '../protocol/trace.ts';
import type { Slice } from './app-state.ts';

export interface TraceSlice {
  /** The last finished run's trace; null before the first run. */
  trace: Trace | null;
  /** The code that produced `trace`: when it differs from `code`, the timeline is stale. */
  tracedCode: string | null;
  setTrace(trace: Trace | null, code: string | null): void;
}

export const createTraceSlice: Slice<TraceSlice> = (set) => ({
  trace: null,
  tracedCode: null,
  // A new trace invalidates every reference into the old one, the replay position included.
  setTrace: (trace, tracedCode) =>
    set((s) => ({ trace, tracedCode, selected: null, hovered: null, hoveredOutput: null, playback: { ...s.playback, index: null, time: 0, playing: false } })),
});
