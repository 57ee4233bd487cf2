/** Measures label widths once per font; a frame can draw thousands of labels. */
const widths = new Map<string, number>();

export function textWidth(ctx: CanvasRenderingContext2D, text: string): number {
  const key = `${ctx.font}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    w = ctx.measureText(text).width;
    if (widths.size > 5000) widths.clear();
    widths.set(key, w);
  }
  return w;
}

/** Draws text left-aligned inside [x, x + maxWidth], ellipsized, or not at all if too narrow. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth: number): boolean {
  if (maxWidth < 18 || !text) return false;
  if (textWidth(ctx, text) <= maxWidth) {
    ctx.fillText(text, x, y);
    return true;
  }
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(ctx, `${text.slice(0, mid)}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  // "sle…" helps nobody: show a label only if a recognisable part of it fits.
  if (lo < Math.min(6, text.length - 1)) return false;
  ctx.fillText(`${text.slice(0, lo)}…`, x, y);
  return true;
}
