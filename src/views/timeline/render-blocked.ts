import { formatSeconds } from '../../units/time.ts';
import { fontsOf, type TimelineFrame } from './frame.ts';
import type { Painter } from './paint/painter.ts';
import { fitText } from './text-fit.ts';

/**
 * Blocked-loop spans as a striped band across every lane, edged top to bottom and
 * labelled at the bottom of the view: while it lasts, no task can run. Meant to be
 * impossible to miss.
 */
export function renderBlocked(p: Painter, frame: TimelineFrame): void {
  const { model, scale, palette, height } = frame;
  for (const span of model.blocked) {
    const x0 = Math.max(-2, scale.toPx(span.start));
    const x1 = Math.min(scale.width + 2, scale.toPx(span.end));
    if (x1 < 0 || x0 > scale.width) continue;
    const w = Math.max(2, x1 - x0);
    p.rect(x0, 0, w, height, palette.blockingBand);
    p.rect(x0, 0, w, height, { hatch: palette.blocking, spacing: 10, width: 1 }, 0.22);
    p.rect(x0, 0, 2, height, palette.blocking);
    p.rect(x0 + w - 2, 0, 2, height, palette.blocking);

    // The chip sits at the bottom of the view (lanes fill from the top) and may run past
    // the band's right edge: the whole sentence matters more than staying inside.
    const text = `Loop blocked ${formatSeconds(span.end - span.start)} · ${span.call}`;
    const left = Math.min(Math.max(x0, 0) + 8, scale.width - 60);
    const room = scale.width - left - 8;
    const bold = fontsOf(frame).bold;
    const chip = Math.min(room + 8, p.textWidth(text, bold) + 16);
    const y = height - 30;
    p.roundRect(left - 6, y, chip, 22, 11, palette.blocking, null);
    fitText(p, text, left + 2, y + 11.5, room - 4, { font: bold, color: '#ffffff' });
  }
}
