/**
 * The play loop's arithmetic, pure: given how much wall time passed, where is the cursor?
 * Virtual time plays at `speed` virtual seconds per wall second, and every event gets a
 * minimum dwell, because on the virtual clock most steps take no time at all and would
 * flash by unseen.
 */
import { millis, type Millis } from '../../units/time.ts';

/** How long a zero-duration step stays on screen at 1×; faster speeds shorten it. */
export const DWELL_MS = millis(220);
/** The shortest dwell at any speed: a few frames, so a step still registers. */
export const MIN_DWELL_MS = millis(45);

/** The play loop's position: the event reached, and wall time spent since reaching it. */
export interface ClockPosition {
  /** Trace event index, -1 before the first. */
  index: number;
  elapsed: Millis;
}

export interface ClockTick extends ClockPosition {
  /** Virtual seconds for the cursor: moves through the gap toward the next event. */
  time: number;
  /** The last event is reached. */
  done: boolean;
}

/** Wall time a zero-duration step is held at this speed. */
export function dwell(speed: number): Millis {
  return millis(Math.max(MIN_DWELL_MS, DWELL_MS / speed));
}

/** Wall time from event `index` to the next: its virtual gap at `speed`, never less than the dwell. */
export function stepDuration(events: readonly { t: number }[], index: number, speed: number): Millis {
  const gap = (events[index + 1]?.t ?? 0) - (events[index]?.t ?? 0);
  return millis(Math.max(dwell(speed), (Math.max(0, gap) * 1000) / speed));
}

/** Moves the position on by `wall` milliseconds. */
export function advance(events: readonly { t: number }[], from: ClockPosition, wall: Millis, speed: number): ClockTick {
  const last = events.length - 1;
  let { index } = from;
  let elapsed = from.elapsed + wall;
  while (index < last) {
    const d = stepDuration(events, index, speed);
    if (elapsed < d) break;
    elapsed -= d;
    index++;
  }
  if (index >= last) return { index: last, elapsed: millis(0), time: events[last]?.t ?? 0, done: true };
  const t0 = events[index]?.t ?? 0;
  const t1 = events[index + 1]!.t;
  const time = t0 + (t1 - t0) * Math.min(1, elapsed / stepDuration(events, index, speed));
  return { index, elapsed: millis(elapsed), time, done: false };
}
