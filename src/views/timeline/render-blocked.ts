import { formatSeconds } from '../../units/time.ts';
import { FONT_BOLD, type TimelineFrame } from './frame.ts';
import { hatch } from './patterns.ts';
import { fitText } from './text-fit.ts';

/**
 * Blocked-loop spans as a striped band across every lane, edged top to bottom and
 * labelled at the top of the view: while it lasts, no task can run. Meant to be
 * impossible to miss.
 */
export function renderBlocked(ctx: CanvasRenderingContext2D, frame: TimelineFrame): void {
  const { model, scale, palette, height } = frame;
  for (const span of model.blocked) {
    const x0 = Math.max(-2, scale.toPx(span.start));
    const x1 = Math.min(scale.width + 2, scale.toPx(span.end));
    if (x1 < 0 || x0 > scale.width) continue;
    const w = Math.max(2, x1 - x0);
    ctx.fillStyle = palette.blockingBand;
    ctx.fillRect(x0, 0, w, height);
    const stripes = hatch(ctx, palette.blocking, 10, 1);
    if (stripes) {
      ctx.globalAlpha = 0.22;
      ctx.fillStyle = stripes;
      ctx.fillRect(x0, 0, w, height);
      ctx.globalAlpha = 1;
    }
    ctx.fillStyle = palette.blocking;
    ctx.fillRect(x0, 0, 2, height);
    ctx.fillRect(x0 + w - 2, 0, 2, height);

    // The chip sits at the bottom of the view (lanes fill from the top) and may run past
    // the band's right edge: the whole sentence matters more than staying inside.
    const text = `Loop blocked ${formatSeconds(span.end - span.start)} · ${span.call}`;
    ctx.font = FONT_BOLD;
    ctx.textBaseline = 'middle';
    const left = Math.min(Math.max(x0, 0) + 8, scale.width - 60);
    const room = scale.width - left - 8;
    const chip = Math.min(room + 8, ctx.measureText(text).width + 16);
    const y = height - 30;
    ctx.fillStyle = palette.blocking;
    roundRect(ctx, left - 6, y, chip, 22, 11);
    ctx.fillStyle = '#ffffff';
    fitText(ctx, text, left + 2, y + 11.5, room - 4);
  }
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}
