/**
 * Hatch patterns, so a wait reads as "hatched" and a blocking call as "striped" even
 * without colour. Made once per context and colour, then reused every frame.
 */
const cache = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();

export function hatch(ctx: CanvasRenderingContext2D, color: string, spacing = 6, width = 1.2): CanvasPattern | null {
  let byKey = cache.get(ctx);
  if (!byKey) {
    byKey = new Map();
    cache.set(ctx, byKey);
  }
  const key = `${color}|${spacing}|${width}`;
  if (byKey.has(key)) return byKey.get(key)!;
  const tile = document.createElement('canvas');
  const dpr = Math.max(1, Math.round(ctx.getTransform().a));
  tile.width = tile.height = spacing * dpr;
  const t = tile.getContext('2d');
  let pattern: CanvasPattern | null = null;
  if (t) {
    t.scale(dpr, dpr);
    t.strokeStyle = color;
    t.lineWidth = width;
    t.beginPath();
    // Two strokes per tile so the diagonal is seamless across tile edges.
    t.moveTo(-1, spacing + 1);
    t.lineTo(spacing + 1, -1);
    t.moveTo(-1, 1);
    t.lineTo(1, -1);
    t.moveTo(spacing - 1, spacing + 1);
    t.lineTo(spacing + 1, spacing - 1);
    t.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
    pattern?.setTransform(new DOMMatrix().scale(1 / dpr, 1 / dpr));
  }
  byKey.set(key, pattern);
  return pattern;
}
