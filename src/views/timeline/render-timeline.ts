import { axisTicks } from './axis-ticks.ts';
import type { TimelineFrame } from './frame.ts';
import { visibleRows } from './geometry.ts';
import type { Painter } from './paint/painter.ts';
import { renderBlocked } from './render-blocked.ts';
import { renderCursor } from './render-cursor.ts';
import { renderEmphasis } from './render-emphasis.ts';
import { renderLinks } from './render-links.ts';
import { renderMarks } from './render-marks.ts';
import { renderSegments } from './render-segments.ts';

/**
 * Draws one frame of the timeline plot, back to front, through a painter (the app's
 * canvas, or an SVG for export) onto a cleared target. Pure: the same frame gives the
 * same picture, and nothing here reads the store or the DOM.
 */
export function renderTimeline(p: Painter, frame: TimelineFrame): void {
  renderBackground(p, frame);
  renderBlocked(p, frame);
  renderSegments(p, frame);
  renderLinks(p, frame, focusTask(frame));
  renderMarks(p, frame);
  renderCursor(p, frame);
  renderEmphasis(p, frame);
  renderPointer(p, frame);
}

function focusTask(frame: TimelineFrame): number | null {
  const ref = frame.emphasis.selected ?? (frame.emphasis.hovered?.kind === 'segment' ? frame.emphasis.hovered.ref : null);
  return ref ? frame.model.lanes[ref.row]?.task ?? null : null;
}

/** Alternate lane stripes, the time grid, and the end of the run. */
function renderBackground(p: Painter, frame: TimelineFrame): void {
  const { model, scale, palette, rowHeight, scrollTop, height } = frame;
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  for (let row = first; row <= last; row++) {
    if (row % 2 === 1) p.rect(0, row * rowHeight - scrollTop, scale.width, rowHeight, palette.laneAlt);
  }
  for (const tick of axisTicks(scale)) p.rect(Math.round(tick.x), 0, 1, height, palette.grid);

  // Outside [0, end] nothing happened: shade it so the run's extent is obvious.
  const x0 = scale.toPx(0 as never);
  const x1 = scale.toPx(model.end);
  if (x0 > 0) p.rect(0, 0, x0, height, palette.laneAlt);
  if (x1 < scale.width) p.rect(x1, 0, scale.width - x1, height, palette.laneAlt);
  if (x1 >= 0 && x1 <= scale.width) p.rect(Math.round(x1), 0, 1, height, palette.textMuted);
}

/** A vertical guide under the pointer (its time is shown on the axis). */
function renderPointer(p: Painter, frame: TimelineFrame): void {
  const { pointerX, palette, height } = frame;
  if (pointerX === null) return;
  p.rect(Math.round(pointerX), 0, 1, height, palette.textMuted, 0.6);
}
