import type { Segment } from '../../model/types.ts';

/**
 * Level of detail for a dense lane: a task that awaits 20,000 times shows, zoomed out, as
 * 20,000 running ticks (3 px wide each, overlapping) over 20,000 sub-pixel waits. Drawn one by
 * one that is 100,000 canvas calls a frame; the picture is one solid bar. This plans the same
 * picture with fewer calls, and nothing it leaves out was visible:
 *
 * - consecutive running ticks whose boxes touch or overlap become one box (their union: the
 *   same opaque colour over the same pixels);
 * - waits and ready spans lying wholly inside such a band (a pixel of margin each side) are
 *   skipped, since the opaque band, taller than their bar, is painted over them anyway.
 *
 * Everything else is drawn as before, in the same order (waits under, the rest over).
 */

/** A horizontal extent on screen, CSS pixels. */
export interface Span {
  x: number;
  w: number;
}

/** One thing to paint in the upper layer: a segment as usual, or a band of merged running ticks. */
export type Over = { kind: 'segment'; seg: Segment } | { kind: 'band'; x: number; w: number; count: number };

export interface SegmentPlan {
  /** Waits and ready spans still visible, in order: the lower layer. */
  under: Segment[];
  /** Running bands and the other segments (blocking, thread, lone running ticks), in order. */
  over: Over[];
}

/** Waits and ready spans are drawn first, so the running ticks at the same instant sit on top. */
export function isUnderLayer(seg: Segment): boolean {
  return seg.kind === 'waiting' || seg.kind === 'ready';
}

/**
 * Plans one lane's segments (those in view, in start order). `box` gives a segment's on-screen
 * extent as the renderer draws it; `opaqueRunning` says whether running bars hide what is
 * under them (so only then are covered waits skipped).
 */
export function planSegments(segs: readonly Segment[], box: (seg: Segment) => Span, opaqueRunning: boolean): SegmentPlan {
  const over: Over[] = [];
  const bands: Span[] = [];
  let band: { x: number; end: number; count: number; first: Segment } | null = null;
  const flush = () => {
    if (!band) return;
    // A band of one tick is just that tick: draw it as the segment, exactly as without LOD.
    over.push(band.count === 1 ? { kind: 'segment', seg: band.first } : { kind: 'band', x: band.x, w: band.end - band.x, count: band.count });
    bands.push({ x: band.x, w: band.end - band.x });
    band = null;
  };
  for (const seg of segs) {
    if (isUnderLayer(seg)) continue;
    if (seg.kind !== 'running') {
      flush();
      over.push({ kind: 'segment', seg });
      continue;
    }
    const b = box(seg);
    if (band && b.x <= band.end) {
      band.end = Math.max(band.end, b.x + b.w);
      band.count++;
    } else {
      flush();
      band = { x: b.x, end: b.x + b.w, count: 1, first: seg };
    }
  }
  flush();

  const under: Segment[] = [];
  let k = 0;
  for (const seg of segs) {
    if (!isUnderLayer(seg)) continue;
    if (!opaqueRunning || bands.length === 0) {
      under.push(seg);
      continue;
    }
    const b = box(seg);
    // Bands come in x order and so, nearly, do waits: a pointer finds the candidate. A miss only
    // means a covered wait is drawn (and then painted over), never that a visible one is skipped.
    while (k < bands.length - 1 && bands[k]!.x + bands[k]!.w < b.x) k++;
    const cover = bands[k]!;
    const covered = cover.x <= b.x - 1 && cover.x + cover.w >= b.x + b.w + 1;
    if (!covered) under.push(seg);
  }
  return { under, over };
}

/** True for a colour that paints over what is under it: #rgb or #rrggbb. */
export function isOpaqueColor(color: string): boolean {
  return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color);
}
