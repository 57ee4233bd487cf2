import type { Painter, TextStyle } from './paint/painter.ts';

/** Draws text left-aligned inside [x, x + maxWidth], ellipsized, or not at all if too narrow. */
export function fitText(p: Painter, text: string, x: number, y: number, maxWidth: number, style: TextStyle): boolean {
  if (maxWidth < 18 || !text) return false;
  if (p.textWidth(text, style.font) <= maxWidth) {
    p.text(text, x, y, style);
    return true;
  }
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p.textWidth(`${text.slice(0, mid)}…`, style.font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  // "sle…" helps nobody: show a label only if a recognisable part of it fits.
  if (lo < Math.min(6, text.length - 1)) return false;
  p.text(`${text.slice(0, lo)}…`, x, y, style);
  return true;
}
