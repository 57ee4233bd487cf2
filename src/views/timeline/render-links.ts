import type { Link } from '../../model/types.ts';
import { barBox, visibleRows } from './geometry.ts';
import type { TimelineFrame } from './frame.ts';

/** Above this many links the picture turns to hair; then only the focused lane's links are drawn. */
const ALL_LINKS_LIMIT = 120;

/**
 * Spawn links (a dotted drop from parent to child at creation) and wake links (a
 * curve from a finishing task to the task it releases): gather's fan-out and fan-in.
 */
export function renderLinks(ctx: CanvasRenderingContext2D, frame: TimelineFrame, focusTask: number | null): void {
  const { model, scale, rowHeight, scrollTop, height, palette } = frame;
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  const showAll = model.links.length <= ALL_LINKS_LIMIT;
  ctx.lineWidth = 1;
  for (const link of model.links) {
    if (!showAll && link.from !== focusTask && link.to !== focusTask) continue;
    const a = model.rowOf.get(link.from);
    const b = model.rowOf.get(link.to);
    if (a === undefined || b === undefined) continue;
    if (Math.max(a, b) < first || Math.min(a, b) > last) continue;
    const x0 = scale.toPx(link.t0);
    const x1 = scale.toPx(link.t1);
    if (Math.max(x0, x1) < 0 || Math.min(x0, x1) > scale.width) continue;
    const emphasised = focusTask !== null && (link.from === focusTask || link.to === focusTask);
    ctx.strokeStyle = emphasised ? palette.text : palette.link;
    ctx.fillStyle = ctx.strokeStyle;
    drawLink(ctx, frame, link, a, b, x0, x1);
  }
}

function drawLink(ctx: CanvasRenderingContext2D, frame: TimelineFrame, link: Link, a: number, b: number, x0: number, x1: number): void {
  const { rowHeight, scrollTop } = frame;
  const from = barBox(a * rowHeight - scrollTop, rowHeight);
  const to = barBox(b * rowHeight - scrollTop, rowHeight);
  const down = b > a;
  const y0 = down ? from.y + from.h : from.y;
  const y1 = down ? to.y : to.y + to.h;
  ctx.beginPath();
  if (link.kind === 'spawn') {
    ctx.setLineDash([2, 3]);
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    const bend = Math.min(40, Math.abs(y1 - y0) / 2);
    ctx.moveTo(x0, y0);
    ctx.bezierCurveTo(x0, y0 + (down ? bend : -bend), x1, y1 - (down ? bend : -bend), x1, y1);
    ctx.stroke();
  }
  arrowHead(ctx, x1, y1, down);
}

function arrowHead(ctx: CanvasRenderingContext2D, x: number, y: number, down: boolean): void {
  const d = down ? -1 : 1;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x - 3, y + d * 5);
  ctx.lineTo(x + 3, y + d * 5);
  ctx.closePath();
  ctx.fill();
}
