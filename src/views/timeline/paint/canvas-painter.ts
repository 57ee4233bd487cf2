import { hatchLines, isHatch, type Fill, type Painter, type PathCommand, type Stroke, type TextStyle } from './painter.ts';

/**
 * The painter for the app's canvas (and the PNG export): a thin layer over Canvas 2D.
 * Hatch patterns are made once per context and colour, then reused every frame.
 */
export class CanvasPainter implements Painter {
  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  rect(x: number, y: number, w: number, h: number, fill: Fill, alpha = 1): void {
    const style = this.fillStyle(fill);
    if (!style) return;
    this.ctx.globalAlpha = alpha;
    this.ctx.fillStyle = style;
    this.ctx.fillRect(x, y, w, h);
    this.ctx.globalAlpha = 1;
  }

  strokeRect(x: number, y: number, w: number, h: number, stroke: Stroke): void {
    this.setStroke(stroke);
    this.ctx.strokeRect(x, y, w, h);
    this.ctx.setLineDash([]);
  }

  roundRect(x: number, y: number, w: number, h: number, r: number, fill: Fill | null, stroke: Stroke | null): void {
    this.ctx.beginPath();
    this.ctx.roundRect(x, y, w, h, r);
    this.finish(fill, stroke);
  }

  circle(cx: number, cy: number, r: number, fill: Fill | null, stroke: Stroke | null): void {
    this.ctx.beginPath();
    this.ctx.arc(cx, cy, r, 0, Math.PI * 2);
    this.finish(fill, stroke);
  }

  path(commands: readonly PathCommand[], fill: Fill | null, stroke: Stroke | null): void {
    const { ctx } = this;
    ctx.beginPath();
    for (const c of commands) {
      if (c[0] === 'M') ctx.moveTo(c[1], c[2]);
      else if (c[0] === 'L') ctx.lineTo(c[1], c[2]);
      else if (c[0] === 'C') ctx.bezierCurveTo(c[1], c[2], c[3], c[4], c[5], c[6]);
      else ctx.closePath();
    }
    this.finish(fill, stroke);
  }

  text(text: string, x: number, y: number, style: TextStyle): void {
    const { ctx } = this;
    ctx.font = style.font;
    ctx.fillStyle = style.color;
    ctx.textBaseline = 'middle';
    ctx.textAlign = style.align === 'middle' ? 'center' : style.align === 'end' ? 'right' : 'left';
    if (style.halo) {
      ctx.shadowColor = 'rgba(0,0,0,0.35)';
      ctx.shadowBlur = 2;
    }
    ctx.fillText(text, x, y);
    ctx.shadowBlur = 0;
    ctx.shadowColor = 'transparent';
    ctx.textAlign = 'left';
  }

  textWidth(text: string, font: string): number {
    const key = `${font}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      this.ctx.font = font;
      w = this.ctx.measureText(text).width;
      // A frame can draw thousands of labels; the cache is bounded, not clever.
      if (widths.size > 5000) widths.clear();
      widths.set(key, w);
    }
    return w;
  }

  group(dx: number, dy: number, w: number, h: number, body: () => void): void {
    const { ctx } = this;
    ctx.save();
    ctx.translate(dx, dy);
    ctx.beginPath();
    ctx.rect(0, 0, w, h);
    ctx.clip();
    body();
    ctx.restore();
  }

  private finish(fill: Fill | null, stroke: Stroke | null): void {
    const style = fill === null ? null : this.fillStyle(fill);
    if (style) {
      this.ctx.fillStyle = style;
      this.ctx.fill();
    }
    if (stroke) {
      this.setStroke(stroke);
      this.ctx.stroke();
      this.ctx.setLineDash([]);
    }
  }

  private setStroke(stroke: Stroke): void {
    this.ctx.strokeStyle = stroke.color;
    this.ctx.lineWidth = stroke.width;
    this.ctx.setLineDash(stroke.dash ? [...stroke.dash] : []);
  }

  private fillStyle(fill: Fill): string | CanvasPattern | null {
    return isHatch(fill) ? hatchPattern(this.ctx, fill.hatch, fill.spacing, fill.width) : fill;
  }
}

/** Measured label widths, keyed by font and text (widths do not depend on the context). */
const widths = new Map<string, number>();

const patterns = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();

/** A repeating diagonal-line tile, drawn at the context's pixel ratio so it stays crisp. */
function hatchPattern(ctx: CanvasRenderingContext2D, color: string, spacing: number, width: number): CanvasPattern | null {
  let byKey = patterns.get(ctx);
  if (!byKey) {
    byKey = new Map();
    patterns.set(ctx, byKey);
  }
  const key = `${color}|${spacing}|${width}`;
  if (byKey.has(key)) return byKey.get(key)!;
  const tile = ctx.canvas.ownerDocument.createElement('canvas');
  const dpr = Math.max(1, Math.round(ctx.getTransform().a));
  tile.width = tile.height = spacing * dpr;
  const t = tile.getContext('2d');
  let pattern: CanvasPattern | null = null;
  if (t) {
    t.scale(dpr, dpr);
    t.strokeStyle = color;
    t.lineWidth = width;
    t.beginPath();
    for (const [x0, y0, x1, y1] of hatchLines(spacing)) {
      t.moveTo(x0, y0);
      t.lineTo(x1, y1);
    }
    t.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
    pattern?.setTransform(new DOMMatrix().scale(1 / dpr, 1 / dpr));
  }
  byKey.set(key, pattern);
  return pattern;
}
