import { describe, expect, it } from 'vitest';
import type { Segment, SegmentKind } from '../../model/types.ts';
import { secs } from '../../units/time.ts';
import { isOpaqueColor, planSegments, type Span } from './lod-segments.ts';

const seg = (kind: SegmentKind, start: number, end: number): Segment => ({ kind, task: 1, start: secs(start), end: secs(end), line: 4, fromLine: null, label: kind === 'waiting' ? 'sleep(0.0001)' : '' });

/** As segmentBox draws at `pxPerSec`: true width, or a 3 px tick centred on a short span. */
const boxAt = (pxPerSec: number) => (s: Segment): Span => {
  const x0 = s.start * pxPerSec;
  const x1 = s.end * pxPerSec;
  return x1 - x0 < 3 ? { x: (x0 + x1) / 2 - 1.5, w: 3 } : { x: x0, w: x1 - x0 };
};

/** A task that awaits n times, `gap` seconds per await: tick, wait, tick, wait, …, tick. */
function ticker(n: number, gap: number): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < n; i++) {
    out.push(seg('running', i * gap, i * gap));
    out.push(seg('waiting', i * gap, (i + 1) * gap));
  }
  out.push(seg('running', n * gap, n * gap));
  return out;
}

describe('planSegments', () => {
  it('draws 20,000 sub-pixel awaits as one running band and skips the waits under it', () => {
    const segs = ticker(20_000, 0.0001); // 2 s of awaits at 100 px/s: 0.01 px each
    const plan = planSegments(segs, boxAt(100), true);
    expect(plan.over).toEqual([{ kind: 'band', x: -1.5, w: 203, count: 20_001 }]);
    // Only waits within a pixel of the band's ends are kept (drawn, then painted over): 100 at each end.
    const box = boxAt(100);
    expect(plan.under).toHaveLength(200);
    for (const w of plan.under) expect(box(w).x < -0.5 || box(w).x + box(w).w > 200.5).toBe(true);
  });

  it('changes nothing where ticks are apart: every segment drawn, in order', () => {
    const segs = ticker(10, 0.1); // 10 px apart at 100 px/s
    const plan = planSegments(segs, boxAt(100), true);
    expect(plan.over.map((o) => (o.kind === 'segment' ? o.seg : o))).toEqual(segs.filter((s) => s.kind === 'running'));
    expect(plan.under).toEqual(segs.filter((s) => s.kind === 'waiting'));
  });

  it('keeps a wait that shows past the band (a pixel of margin), and every wait when running is not opaque', () => {
    const segs = [...ticker(1000, 0.0001), seg('waiting', 0.1, 0.5)];
    const plan = planSegments(segs, boxAt(100), true);
    expect(plan.under.at(-1)).toEqual(seg('waiting', 0.1, 0.5));
    expect(plan.under.length).toBeLessThan(300);
    expect(planSegments(segs, boxAt(100), false).under).toHaveLength(1001);
  });

  it('keeps the upper layer in order: a blocking call ends one band and the next starts after it', () => {
    const block = seg('blocking', 0.01, 0.5);
    const segs = [...ticker(100, 0.0001), block, ...ticker(100, 0.0001).map((s) => ({ ...s, start: secs(s.start + 0.5), end: secs(s.end + 0.5) }))];
    const plan = planSegments(segs, boxAt(100), true);
    expect(plan.over.map((o) => (o.kind === 'band' ? `band ${o.count}` : o.seg.kind))).toEqual(['band 101', 'blocking', 'band 101']);
  });
});

describe('isOpaqueColor', () => {
  it('accepts hex colours only', () => {
    expect(['#0072b2', '#FFF'].map(isOpaqueColor)).toEqual([true, true]);
    expect(['rgba(0,0,0,0.5)', '#0072b280', 'transparent'].map(isOpaqueColor)).toEqual([false, false, false]);
  });
});
