import { describe, expect, it } from 'vitest';
import { millis } from '../../units/time.ts';
import { advance, dwell, MIN_DWELL_MS, stepDuration } from './playback-clock.ts';

// Three events at 0 s, one at 1 s, one at 1 s again.
const events = [{ t: 0 }, { t: 0 }, { t: 0 }, { t: 1 }, { t: 1 }];

describe('playback clock', () => {
  it('holds zero-duration steps for a dwell that shrinks with speed, down to a floor', () => {
    expect(dwell(1)).toBe(220);
    expect(dwell(2)).toBe(110);
    expect(dwell(8)).toBe(MIN_DWELL_MS);
    expect(stepDuration(events, 0, 1)).toBe(220);
  });

  it('plays virtual gaps at the chosen speed', () => {
    expect(stepDuration(events, 2, 1)).toBe(1000);
    expect(stepDuration(events, 2, 4)).toBe(250);
    expect(stepDuration(events, 2, 0.5)).toBe(2000);
  });

  it('moves the cursor through a gap, and the index only when the next event is reached', () => {
    const at = advance(events, { index: 2, elapsed: millis(0) }, millis(500), 1);
    expect(at).toEqual({ index: 2, elapsed: 500, time: 0.5, done: false });
    const next = advance(events, at, millis(600), 1);
    expect(next).toMatchObject({ index: 3, elapsed: 100, time: 1 });
  });

  it('crosses several short steps in one long frame, and stops at the last event', () => {
    expect(advance(events, { index: -1, elapsed: millis(0) }, millis(500), 1)).toMatchObject({ index: 1, elapsed: 60 });
    expect(advance(events, { index: 1, elapsed: millis(0) }, millis(99_999), 1)).toEqual({ index: 4, elapsed: 0, time: 1, done: true });
  });

  it('is done at once for an empty trace', () => {
    expect(advance([], { index: -1, elapsed: millis(0) }, millis(16), 1).done).toBe(true);
  });
});
