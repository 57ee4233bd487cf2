import { segmentsInWindow } from '../../model/queries.ts';
import type { Segment } from '../../model/types.ts';
import { secs } from '../../units/time.ts';
import { barBox, visibleRows } from './geometry.ts';
import { FONT, FONT_BOLD, type TimelineFrame } from './frame.ts';
import { hatch } from './patterns.ts';
import { fitText } from './text-fit.ts';

/** Narrowest a bar is drawn: a zero-length running step still shows as a tick. */
export const MIN_BAR = 3;

/** The on-screen box of a segment, with open (never-ending) waits running to the right edge. */
export function segmentBox(frame: TimelineFrame, row: number, seg: Segment): { x: number; y: number; w: number; h: number } {
  const { scale, rowHeight, scrollTop } = frame;
  const { y, h } = barBox(row * rowHeight - scrollTop, rowHeight);
  let x0 = scale.toPx(seg.start) as number;
  let x1 = (seg.open && seg.kind === 'waiting' ? Math.max(scale.toPx(seg.end), scale.width + 4) : scale.toPx(seg.end)) as number;
  // Keep huge off-screen coordinates sane for the canvas.
  x0 = Math.max(-10, x0);
  x1 = Math.min(scale.width + 10, x1);
  if (x1 - x0 < MIN_BAR) {
    const mid = (x0 + x1) / 2;
    x0 = mid - MIN_BAR / 2;
    x1 = mid + MIN_BAR / 2;
  }
  return { x: x0, y, w: x1 - x0, h };
}

/** Draws every visible segment: solid running, hatched waits, dashed ready, striped blocking. */
export function renderSegments(ctx: CanvasRenderingContext2D, frame: TimelineFrame): void {
  const { model, scale, palette, rowHeight, scrollTop, height } = frame;
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  const slop = scale.durationOf(MIN_BAR as never);
  const t0 = secs(scale.start - slop);
  const t1 = secs(scale.end + slop);
  ctx.textBaseline = 'middle';

  for (let row = first; row <= last; row++) {
    // Waits first, so running ticks at the same instant sit on top of them.
    const segs = segmentsInWindow(model, row, t0, t1).sort((a, b) => order(a) - order(b));
    for (const seg of segs) {
      const { x, y, w, h } = segmentBox(frame, row, seg);
      switch (seg.kind) {
        case 'waiting': {
          ctx.fillStyle = palette.waitingFill;
          ctx.fillRect(x, y, w, h);
          const pattern = hatch(ctx, palette.waiting, 7, 1);
          if (pattern) {
            ctx.globalAlpha = 0.35;
            ctx.fillStyle = pattern;
            ctx.fillRect(x, y, w, h);
            ctx.globalAlpha = 1;
          }
          ctx.strokeStyle = palette.waiting;
          ctx.lineWidth = 1;
          ctx.strokeRect(Math.round(x) + 0.5, Math.round(y) + 0.5, Math.max(0, Math.round(w) - 1), Math.round(h) - 1);
          label(ctx, frame, seg.open ? `${seg.label} · waits forever` : seg.label, x, y, w, h, palette.text, FONT);
          break;
        }
        case 'ready': {
          ctx.fillStyle = palette.readyFill;
          ctx.fillRect(x, y, w, h);
          ctx.setLineDash([4, 3]);
          ctx.strokeStyle = palette.ready;
          ctx.strokeRect(Math.round(x) + 0.5, Math.round(y) + 0.5, Math.max(0, Math.round(w) - 1), Math.round(h) - 1);
          ctx.setLineDash([]);
          label(ctx, frame, 'ready · loop busy', x, y, w, h, palette.text, FONT);
          break;
        }
        case 'blocking': {
          ctx.fillStyle = palette.blocking;
          ctx.fillRect(x, y, w, h);
          const stripes = hatch(ctx, 'rgba(255,255,255,0.35)', 8, 3);
          if (stripes) {
            ctx.fillStyle = stripes;
            ctx.fillRect(x, y, w, h);
          }
          label(ctx, frame, `blocking: ${seg.label}`, x, y, w, h, '#ffffff', FONT_BOLD, true);
          break;
        }
        case 'thread':
          ctx.fillStyle = palette.thread;
          ctx.fillRect(x, y, w, h);
          label(ctx, frame, seg.label, x, y, w, h, '#ffffff', FONT_BOLD, true);
          break;
        case 'running':
          // Overhangs the bar: on the virtual clock a step is an instant, and it must read as one.
          ctx.fillStyle = palette.running;
          ctx.fillRect(x, y - 3, w, h + 6);
          break;
      }
    }
  }
}

function order(seg: Segment): number {
  return seg.kind === 'waiting' || seg.kind === 'ready' ? 0 : 1;
}

/** A label inside a bar, kept in view when the bar starts off-screen to the left. */
function label(ctx: CanvasRenderingContext2D, frame: TimelineFrame, text: string, x: number, y: number, w: number, h: number, color: string, font: string, halo = false): void {
  if (!text || h < 12) return;
  const left = Math.max(x, 0) + 6;
  const right = Math.min(x + w, frame.scale.width) - 6;
  ctx.font = font;
  ctx.fillStyle = color;
  if (halo) ctx.shadowColor = 'rgba(0,0,0,0.35)';
  if (halo) ctx.shadowBlur = 2;
  fitText(ctx, text, left, y + h / 2 + 0.5, right - left);
  ctx.shadowBlur = 0;
  ctx.shadowColor = 'transparent';
}
