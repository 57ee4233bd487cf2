import type { BlockedSpan } from '../../model/types.ts';
import { formatSeconds } from '../../units/time.ts';
import { fontsOf, type TimelineFrame } from './frame.ts';
import type { Painter } from './paint/painter.ts';
import { fitText } from './text-fit.ts';

/** Above this many blocked spans, those that touch on screen are drawn as one band (level of detail). */
const DENSE_SPANS = 100;

/** What one band stands for: a blocked span, or several that touch on screen. */
interface Band {
  x0: number;
  x1: number;
  /** How many blocked spans, and their total virtual seconds. */
  count: number;
  seconds: number;
  call: string;
}

/**
 * Blocked-loop spans as a striped band across every lane, edged top to bottom and
 * labelled at the bottom of the view: while it lasts, no task can run. Meant to be
 * impossible to miss.
 */
export function renderBlocked(p: Painter, frame: TimelineFrame): void {
  const { model, scale } = frame;
  const dense = model.blocked.length > DENSE_SPANS;
  let band: Band | null = null;
  // Spans are in time order and never overlap: start at the first that reaches into view.
  for (let i = firstEndingAfter(model.blocked, scale.start); i < model.blocked.length; i++) {
    const span = model.blocked[i]!;
    const x0 = Math.max(-2, scale.toPx(span.start));
    const x1 = Math.min(scale.width + 2, scale.toPx(span.end));
    if (x0 > scale.width) break;
    if (x1 < 0) continue;
    const seconds = span.end - span.start;
    if (dense && band && x0 <= band.x0 + Math.max(2, band.x1 - band.x0)) {
      band.x1 = Math.max(band.x1, x1);
      band.count++;
      band.seconds += seconds;
      continue;
    }
    if (band) drawBand(p, frame, band);
    band = { x0, x1, count: 1, seconds, call: span.call };
  }
  if (band) drawBand(p, frame, band);
}

function drawBand(p: Painter, frame: TimelineFrame, band: Band): void {
  const { scale, palette, height } = frame;
  const { x0, x1 } = band;
  const w = Math.max(2, x1 - x0);
  p.rect(x0, 0, w, height, palette.blockingBand);
  p.rect(x0, 0, w, height, { hatch: palette.blocking, spacing: 10, width: 1 }, 0.22);
  p.rect(x0, 0, 2, height, palette.blocking);
  p.rect(x0 + w - 2, 0, 2, height, palette.blocking);

  // The chip sits at the bottom of the view (lanes fill from the top) and may run past
  // the band's right edge: the whole sentence matters more than staying inside.
  const text = band.count === 1 ? `Loop blocked ${formatSeconds(band.seconds)} · ${band.call}` : `Loop blocked ${band.count.toLocaleString('en')} times · ${formatSeconds(band.seconds)} in all`;
  const left = Math.min(Math.max(x0, 0) + 8, scale.width - 60);
  const room = scale.width - left - 8;
  const bold = fontsOf(frame).bold;
  const chip = Math.min(room + 8, p.textWidth(text, bold) + 16);
  const y = height - 30;
  p.roundRect(left - 6, y, chip, 22, 11, palette.blocking, null);
  fitText(p, text, left + 2, y + 11.5, room - 4, { font: bold, color: '#ffffff' });
}

function firstEndingAfter(spans: readonly BlockedSpan[], t: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
