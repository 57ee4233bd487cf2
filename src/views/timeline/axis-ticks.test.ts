import { describe, expect, it } from 'vitest';
import { TimeScale } from '../../units/time-scale.ts';
import { px, secs } from '../../units/time.ts';
import { axisTicks } from './axis-ticks.ts';
import { rowHeightFor, visibleRows } from './geometry.ts';

describe('axis ticks', () => {
  it('labels whole seconds', () => {
    const t = axisTicks(new TimeScale(secs(0), secs(3), px(300)), 100);
    expect(t.map((x) => x.label)).toEqual(['0 s', '1 s', '2 s', '3 s']);
    expect(t.map((x) => x.x)).toEqual([0, 100, 200, 300]);
  });

  it('switches to milliseconds when zoomed in', () => {
    const t = axisTicks(new TimeScale(secs(0.1), secs(0.13), px(300)), 100);
    expect(t.map((x) => x.label)).toEqual(['100 ms', '110 ms', '120 ms', '130 ms']);
  });

  it('stays in seconds when zoomed deep into a long run', () => {
    const t = axisTicks(new TimeScale(secs(1.47), secs(1.4703), px(300)), 100);
    expect(t.map((x) => x.label)).toEqual(['1.4700 s', '1.4701 s', '1.4702 s', '1.4703 s']);
  });

  it('keeps decimals the step needs', () => {
    const t = axisTicks(new TimeScale(secs(0), secs(2), px(400)), 100);
    expect(t.map((x) => x.label)).toEqual(['0 s', '0.5 s', '1.0 s', '1.5 s', '2.0 s']);
  });
});

describe('geometry', () => {
  it('gives few lanes fat rows and many lanes the minimum', () => {
    expect(rowHeightFor(4, px(400))).toBe(46);
    expect(rowHeightFor(10_000, px(400))).toBe(26);
    expect(rowHeightFor(12, px(400))).toBe(32);
  });

  it('finds the rows in view', () => {
    expect(visibleRows(px(260), px(100), px(26), 10_000)).toEqual({ first: 10, last: 14 });
  });
});
