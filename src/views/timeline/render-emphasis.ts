import { segmentOf } from '../../model/queries.ts';
import type { SegmentRef } from '../../model/types.ts';
import { markForOutput } from '../../model/queries.ts';
import { markCenter } from './render-marks.ts';
import { segmentBox } from './render-segments.ts';
import type { TimelineFrame } from './frame.ts';

/**
 * Outlines on top of the drawing: segments at the editor's cursor line (amber),
 * the hovered one, the selected one (thick), and a ring on the print mark of the
 * console line under the pointer. Outlines, not fills, so the state stays readable.
 */
export function renderEmphasis(ctx: CanvasRenderingContext2D, frame: TimelineFrame): void {
  const { emphasis, palette } = frame;
  for (const ref of emphasis.atLine) outline(ctx, frame, ref, palette.highlight, 2, 2);
  if (emphasis.hovered?.kind === 'segment') outline(ctx, frame, emphasis.hovered.ref, palette.text, 1.5, 1.5);
  if (emphasis.selected) outline(ctx, frame, emphasis.selected, palette.text, 2.5, 3);
  if (emphasis.hovered?.kind === 'mark') {
    const mark = frame.model.marks[emphasis.hovered.row]?.[emphasis.hovered.index];
    if (mark) ring(ctx, frame, markCenter(frame, emphasis.hovered.row, mark));
  }
  if (emphasis.hoveredOutput !== null) {
    const hit = markForOutput(frame.model, emphasis.hoveredOutput);
    if (hit) ring(ctx, frame, markCenter(frame, hit.row, hit.mark));
  }
}

function outline(ctx: CanvasRenderingContext2D, frame: TimelineFrame, ref: SegmentRef, color: string, width: number, pad: number): void {
  const seg = segmentOf(frame.model, ref);
  if (!seg) return;
  const { x, y, w, h } = segmentBox(frame, ref.row, seg);
  if (y + h < 0 || y > frame.height) return;
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.roundRect(x - pad, y - pad, w + 2 * pad, h + 2 * pad, 3);
  ctx.stroke();
}

function ring(ctx: CanvasRenderingContext2D, frame: TimelineFrame, c: { x: number; y: number }): void {
  ctx.strokeStyle = frame.palette.highlight;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.arc(c.x, c.y, 8, 0, Math.PI * 2);
  ctx.stroke();
  ctx.strokeStyle = frame.palette.text;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(c.x, 0);
  ctx.lineTo(c.x, frame.height);
  ctx.setLineDash([3, 4]);
  ctx.stroke();
  ctx.setLineDash([]);
}
