import { nextEventOf, prevEventOf } from '../model/loop-state/index.ts';
import type { Slice } from './app-state.ts';

/** Where the replay of the last run stands. Plain data; the play loop itself lives in the views. */
export interface Playback {
  /** The event the cursor is on (index into trace.events, -1 before the first); null when not replaying (the whole run shows). */
  index: number | null;
  /** Virtual seconds where the cursor is drawn: the event's time, or between two events while playing. */
  time: number;
  playing: boolean;
  /** Virtual seconds per wall-clock second. */
  speed: number;
}

/** The speeds offered: half to eight times virtual time. */
export const SPEEDS: readonly number[] = [0.5, 1, 2, 4, 8];

export const IDLE_PLAYBACK: Playback = { index: null, time: 0, playing: false, speed: 1 };

export interface PlaybackSlice {
  playback: Playback;
  /** Moves the cursor to an event (clamped to -1 … last) and pauses; null leaves the replay. */
  seekEvent(index: number | null): void;
  /**
   * One event forward (+1) or back (-1), pausing. Outside a replay, forward starts at
   * the first event and back at the one before the last: both begin stepping.
   */
  stepEvent(delta: 1 | -1): void;
  /** To the task's next (+1) or previous (-1) event; stays put when it has none that way. */
  stepTask(delta: 1 | -1, task: number): void;
  /** Plays from the cursor (from the start when not replaying or at the end), or pauses. */
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  /** The play loop's per-frame update: the event reached and the cursor's virtual time. */
  advanceTo(index: number, time: number): void;
}

export const createPlaybackSlice: Slice<PlaybackSlice> = (set, get) => {
  const events = () => get().trace?.events ?? [];
  const clamp = (i: number) => Math.max(-1, Math.min(Math.trunc(i), events().length - 1));
  const timeOf = (i: number) => events()[i]?.t ?? 0;
  const moveTo = (index: number | null) =>
    set((s) => ({ playback: { ...s.playback, index, time: index === null ? 0 : timeOf(index), playing: false } }));

  return {
    playback: IDLE_PLAYBACK,
    seekEvent: (index) => {
      if (!get().trace) return;
      moveTo(index === null ? null : clamp(index));
    },
    stepEvent: (delta) => {
      const n = events().length;
      if (n === 0) return;
      const { index } = get().playback;
      if (index === null) return moveTo(delta > 0 ? 0 : clamp(n - 2));
      moveTo(clamp(index + delta));
    },
    stepTask: (delta, task) => {
      const n = events().length;
      if (n === 0) return;
      const { index } = get().playback;
      const from = index ?? (delta > 0 ? -1 : n);
      const to = delta > 0 ? nextEventOf({ events: events() }, from, task) : prevEventOf({ events: events() }, from, task);
      if (to !== null) moveTo(to);
    },
    setPlaying: (playing) => {
      const n = events().length;
      if (playing && n === 0) return;
      const { index } = get().playback;
      // Play at the end (or outside a replay) means "play it again from the top".
      const restart = playing && (index === null || index >= n - 1);
      set((s) => ({ playback: restart ? { ...s.playback, index: -1, time: 0, playing } : { ...s.playback, playing } }));
    },
    setSpeed: (speed) => set((s) => ({ playback: { ...s.playback, speed } })),
    advanceTo: (index, time) => set((s) => ({ playback: { ...s.playback, index: clamp(index), time } })),
  };
};
