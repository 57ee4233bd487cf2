import { describe, expect, it } from 'vitest';
import { TimeScale } from './time-scale.ts';
import { formatSeconds, px, secs } from './time.ts';

describe('TimeScale', () => {
  const scale = new TimeScale(secs(0), secs(10), px(1000));

  it('maps time to pixels and back exactly', () => {
    expect(scale.pxPerSecond).toBe(100);
    expect(scale.toPx(secs(2.5))).toBe(250);
    expect(scale.toTime(px(250))).toBe(2.5);
    expect(scale.durationOf(px(50))).toBe(0.5);
  });

  it('keeps the anchor fixed when zooming', () => {
    const z = scale.zoom(2, px(250));
    expect(z.span).toBe(5);
    expect(z.toTime(px(250))).toBeCloseTo(2.5, 12);
    expect(z.zoom(0.5, px(250)).span).toBeCloseTo(10, 12);
  });

  it('pans by pixels of content', () => {
    const p = scale.pan(px(100));
    expect(p.start).toBe(1);
    expect(p.end).toBe(11);
  });

  it('applies a d3-zoom transform', () => {
    const z = scale.transformed(2, -500);
    expect(z.start).toBe(2.5);
    expect(z.end).toBe(7.5);
    expect(scale.transformed(1, 0).span).toBe(10);
  });

  it('never divides by zero for an instant run', () => {
    const s = new TimeScale(secs(0), secs(0), px(500));
    expect(Number.isFinite(s.pxPerSecond)).toBe(true);
    expect(s.toPx(secs(0))).toBe(0);
  });

  it('fits a run with padding on both sides', () => {
    const f = TimeScale.fit(secs(3), px(1032), px(16));
    expect(f.toPx(secs(0))).toBeCloseTo(16, 9);
    expect(f.toPx(secs(3))).toBeCloseTo(1016, 9);
  });
});

describe('formatSeconds', () => {
  it.each([
    [0, '0 s'],
    [1, '1.0 s'],
    [1.5, '1.5 s'],
    [0.25, '250 ms'],
    [0.0005, '500 µs'],
    [12.25, '12.3 s'],
    [3, '3.0 s'],
    [125, '125.0 s'],
    [3600, '60 min 0 s'],
  ])('%s → %s', (t, text) => {
    expect(formatSeconds(t)).toBe(text);
  });
});
