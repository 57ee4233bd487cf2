import { markForOutput, refsInRows, segmentOf } from '../../model/queries.ts';
import type { SegmentRef } from '../../model/types.ts';
import type { TimelineFrame } from './frame.ts';
import { visibleRows } from './geometry.ts';
import type { Painter } from './paint/painter.ts';
import { markCenter } from './render-marks.ts';
import { segmentBox } from './render-segments.ts';

/**
 * Outlines on top of the drawing: segments at the editor's cursor line (amber),
 * the hovered one, the selected one (thick), and a ring on the print mark of the
 * console line under the pointer. Outlines, not fills, so the state stays readable.
 */
export function renderEmphasis(p: Painter, frame: TimelineFrame): void {
  const { emphasis, palette, model, scrollTop, height, rowHeight } = frame;
  // A line awaited by 10,000 tasks has 10,000 segments: outline those on visible rows only.
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  for (const ref of refsInRows(emphasis.atLine, first, last)) outline(p, frame, ref, palette.highlight, 2, 2);
  if (emphasis.hovered?.kind === 'segment') outline(p, frame, emphasis.hovered.ref, palette.text, 1.5, 1.5);
  if (emphasis.selected) outline(p, frame, emphasis.selected, palette.text, 2.5, 3);
  if (emphasis.hovered?.kind === 'mark') {
    const mark = frame.model.marks[emphasis.hovered.row]?.[emphasis.hovered.index];
    if (mark) ring(p, frame, markCenter(frame, emphasis.hovered.row, mark));
  }
  if (emphasis.hoveredOutput !== null) {
    const hit = markForOutput(frame.model, emphasis.hoveredOutput);
    if (hit) ring(p, frame, markCenter(frame, hit.row, hit.mark));
  }
}

function outline(p: Painter, frame: TimelineFrame, ref: SegmentRef, color: string, width: number, pad: number): void {
  const seg = segmentOf(frame.model, ref);
  if (!seg) return;
  const { x, y, w, h } = segmentBox(frame, ref.row, seg);
  if (y + h < 0 || y > frame.height) return;
  p.roundRect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, 3, null, { color, width });
}

function ring(p: Painter, frame: TimelineFrame, c: { x: number; y: number }): void {
  p.circle(c.x, c.y, 8, null, { color: frame.palette.highlight, width: 2.5 });
  p.path([['M', c.x, 0], ['L', c.x, frame.height]], null, { color: frame.palette.text, width: 1, dash: [3, 4] });
}
