import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build-model.ts';
import { FIXTURES } from '../../model/fixtures/index.ts';
import { TimeScale } from '../../units/time-scale.ts';
import { px, secs } from '../../units/time.ts';
import { hitTest } from './hit-test.ts';

describe('hit test', () => {
  const model = buildModel(FIXTURES.eventLoop().trace);
  const scale = new TimeScale(secs(0), secs(4), px(400)); // 100 px per second
  const rowH = px(40);

  it('finds the wait under the pointer', () => {
    // Task-3 (B) is row 3: sleep(1) from 0 to 1 s.
    expect(hitTest(model, scale, rowH, px(0), px(50), px(3 * 40 + 20))).toEqual({ kind: 'segment', ref: { row: 3, index: 1 } });
  });

  it('prefers a mark within a few pixels', () => {
    const hit = hitTest(model, scale, rowH, px(0), px(102), px(3 * 40 + 20));
    expect(hit?.kind).toBe('mark');
  });

  it('misses the gap between lanes and past the last lane', () => {
    expect(hitTest(model, scale, rowH, px(0), px(50), px(3 * 40 + 1))).toBeNull();
    expect(hitTest(model, scale, rowH, px(0), px(50), px(40 * 99))).toBeNull();
  });
});
