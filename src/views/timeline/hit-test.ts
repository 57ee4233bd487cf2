import { markIndexAt, segmentAt } from '../../model/queries.ts';
import type { TraceModel } from '../../model/types.ts';
import type { Hovered } from '../../store/selection-slice.ts';
import type { TimeScale } from '../../units/time-scale.ts';
import { px, type Pixels } from '../../units/time.ts';
import { barBox } from './geometry.ts';

/** How close (px) the pointer must be to a mark or a thin bar to count as on it. */
const MARK_SLOP = px(6);
const BAR_SLOP = px(4);

/**
 * What is under a point of the plot: a mark (preferred, they are small targets),
 * else a segment of the row. y is relative to the top of the viewport.
 */
export function hitTest(model: TraceModel, scale: TimeScale, rowHeight: Pixels, scrollTop: Pixels, x: Pixels, y: Pixels): Hovered | null {
  const row = Math.floor((y + scrollTop) / rowHeight);
  if (row < 0 || row >= model.lanes.length) return null;
  const t = scale.toTime(x);
  const box = barBox(row * rowHeight - scrollTop, rowHeight);
  // Marks sit on the bar or just under it (prints); allow their whole row band.
  const index = markIndexAt(model, row, t, scale.durationOf(MARK_SLOP));
  if (index >= 0) {
    const nearBar = y >= box.y - MARK_SLOP && y <= box.y + box.h + MARK_SLOP;
    if (nearBar) return { kind: 'mark', row, index };
  }
  if (y < box.y - BAR_SLOP || y > box.y + box.h + BAR_SLOP) return null;
  const ref = segmentAt(model, row, t, scale.durationOf(BAR_SLOP));
  if (ref) return { kind: 'segment', ref };
  // Open waits extend past the end of the run to the edge of the plot.
  const segs = model.segments[row]!;
  const last = segs[segs.length - 1];
  if (last?.open && t >= last.start) return { kind: 'segment', ref: { row, index: segs.length - 1 } };
  return null;
}
