import { axisTicks } from './axis-ticks.ts';
import type { TimelineFrame } from './frame.ts';
import { visibleRows } from './geometry.ts';
import { renderBlocked } from './render-blocked.ts';
import { renderEmphasis } from './render-emphasis.ts';
import { renderLinks } from './render-links.ts';
import { renderMarks } from './render-marks.ts';
import { renderSegments } from './render-segments.ts';

/**
 * Draws one frame of the timeline plot, back to front. Pure: the same frame gives
 * the same pixels, and nothing here reads the store or the DOM.
 */
export function renderTimeline(ctx: CanvasRenderingContext2D, frame: TimelineFrame): void {
  const { scale, height } = frame;
  ctx.clearRect(0, 0, scale.width, height);
  renderBackground(ctx, frame);
  renderBlocked(ctx, frame);
  renderSegments(ctx, frame);
  renderLinks(ctx, frame, focusTask(frame));
  renderMarks(ctx, frame);
  renderEmphasis(ctx, frame);
  renderPointer(ctx, frame);
}

function focusTask(frame: TimelineFrame): number | null {
  const ref = frame.emphasis.selected ?? (frame.emphasis.hovered?.kind === 'segment' ? frame.emphasis.hovered.ref : null);
  return ref ? frame.model.lanes[ref.row]?.task ?? null : null;
}

/** Alternate lane stripes, the time grid, and the end of the run. */
function renderBackground(ctx: CanvasRenderingContext2D, frame: TimelineFrame): void {
  const { model, scale, palette, rowHeight, scrollTop, height } = frame;
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  ctx.fillStyle = palette.laneAlt;
  for (let row = first; row <= last; row++) {
    if (row % 2 === 1) ctx.fillRect(0, row * rowHeight - scrollTop, scale.width, rowHeight);
  }
  ctx.fillStyle = palette.grid;
  for (const tick of axisTicks(scale)) ctx.fillRect(Math.round(tick.x), 0, 1, height);

  // Outside [0, end] nothing happened: shade it so the run's extent is obvious.
  const x0 = scale.toPx(0 as never);
  const x1 = scale.toPx(model.end);
  ctx.fillStyle = palette.laneAlt;
  if (x0 > 0) ctx.fillRect(0, 0, x0, height);
  if (x1 < scale.width) ctx.fillRect(x1, 0, scale.width - x1, height);
  ctx.fillStyle = palette.textMuted;
  if (x1 >= 0 && x1 <= scale.width) ctx.fillRect(Math.round(x1), 0, 1, height);
}

/** A vertical guide under the pointer (its time is shown on the axis). */
function renderPointer(ctx: CanvasRenderingContext2D, frame: TimelineFrame): void {
  const { pointerX, palette, height } = frame;
  if (pointerX === null) return;
  ctx.fillStyle = palette.textMuted;
  ctx.globalAlpha = 0.6;
  ctx.fillRect(Math.round(pointerX), 0, 1, height);
  ctx.globalAlpha = 1;
}
