import { hatchLines, isHatch, type Fill, type Hatch, type Painter, type PathCommand, type Stroke, type TextStyle } from './painter.ts';
import { estimateTextWidth, parseFont } from './text-metrics.ts';

export interface SvgPainterOptions {
  /** Keeps pattern and clip ids unique when several SVGs share one HTML page. */
  idPrefix?: string;
  /** Set once on the root; text in this family leaves it out (it would repeat on every label). */
  fontFamily?: string;
}

/**
 * The painter for SVG export: collects elements as text, with no DOM at all, so the same
 * renderers run in the browser (Download SVG) and in Node (`loopscope run --svg`). Output
 * sticks to SVG 1.1 attributes that slide tools and Inkscape read: rgba() colours become
 * rgb() plus an opacity, text is placed with dy rather than dominant-baseline.
 */
export class SvgPainter implements Painter {
  private readonly body: string[] = [];
  private readonly defs: string[] = [];
  private readonly patterns = new Map<string, string>();
  private clips = 0;

  private readonly idPrefix: string;
  private readonly fontFamily: string | null;

  constructor(options: SvgPainterOptions = {}) {
    this.idPrefix = options.idPrefix ?? 'ls';
    this.fontFamily = options.fontFamily ?? null;
  }

  rect(x: number, y: number, w: number, h: number, fill: Fill, alpha = 1): void {
    if (w <= 0 || h <= 0) return;
    this.body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${this.fillAttrs(fill)}${alpha < 1 ? ` opacity="${n(alpha)}"` : ''}/>`);
  }

  strokeRect(x: number, y: number, w: number, h: number, stroke: Stroke): void {
    this.body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" fill="none"${strokeAttrs(stroke)}/>`);
  }

  roundRect(x: number, y: number, w: number, h: number, r: number, fill: Fill | null, stroke: Stroke | null): void {
    this.body.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(Math.max(0, w))}" height="${n(Math.max(0, h))}" rx="${n(r)}"${this.paint(fill, stroke)}/>`);
  }

  circle(cx: number, cy: number, r: number, fill: Fill | null, stroke: Stroke | null): void {
    this.body.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"${this.paint(fill, stroke)}/>`);
  }

  path(commands: readonly PathCommand[], fill: Fill | null, stroke: Stroke | null): void {
    const d = commands.map((c) => (c[0] === 'Z' ? 'Z' : `${c[0]}${c.slice(1).map((v) => n(v as number)).join(' ')}`)).join('');
    this.body.push(`<path d="${d}"${this.paint(fill, stroke)}/>`);
  }

  text(text: string, x: number, y: number, style: TextStyle): void {
    const f = parseFont(style.font);
    const anchor = style.align === 'middle' ? ' text-anchor="middle"' : style.align === 'end' ? ' text-anchor="end"' : '';
    // A thin dark stroke under the fill stands in for the canvas's blurred shadow.
    const halo = style.halo ? ' stroke="rgb(0,0,0)" stroke-opacity="0.3" stroke-width="2" paint-order="stroke" stroke-linejoin="round"' : '';
    this.body.push(
      `<text x="${n(x)}" y="${n(y)}" dy="0.35em"${f.family === this.fontFamily ? '' : ` font-family="${escapeXml(f.family)}"`} font-size="${n(f.size)}"${f.weight !== 400 ? ` font-weight="${f.weight}"` : ''}${f.italic ? ' font-style="italic"' : ''}${anchor}${colorAttrs('fill', style.color)}${halo}>${escapeXml(text)}</text>`,
    );
  }

  textWidth(text: string, font: string): number {
    return estimateTextWidth(text, font);
  }

  group(dx: number, dy: number, w: number, h: number, body: () => void): void {
    const id = `${this.idPrefix}-clip${this.clips++}`;
    this.defs.push(`<clipPath id="${id}"><rect width="${n(w)}" height="${n(h)}"/></clipPath>`);
    this.body.push(`<g transform="translate(${n(dx)} ${n(dy)})" clip-path="url(#${id})">`);
    body();
    this.body.push('</g>');
  }

  /** The finished document, `width`×`height` px, with an accessible title. */
  toString(width: number, height: number, title: string): string {
    return [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}"${this.fontFamily ? ` font-family="${escapeXml(this.fontFamily)}"` : ''} role="img">`,
      `<title>${escapeXml(title)}</title>`,
      this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '',
      ...this.body,
      '</svg>',
      '',
    ].filter((line) => line !== '').join('\n');
  }

  private paint(fill: Fill | null, stroke: Stroke | null): string {
    return `${fill === null ? ' fill="none"' : this.fillAttrs(fill)}${stroke ? strokeAttrs(stroke) : ''}`;
  }

  private fillAttrs(fill: Fill): string {
    return isHatch(fill) ? ` fill="url(#${this.pattern(fill)})"` : colorAttrs('fill', fill);
  }

  /** One <pattern> per hatch, the same tile geometry as the canvas's. */
  private pattern(h: Hatch): string {
    const key = `${h.hatch}|${h.spacing}|${h.width}`;
    let id = this.patterns.get(key);
    if (!id) {
      id = `${this.idPrefix}-hatch${this.patterns.size}`;
      this.patterns.set(key, id);
      const d = hatchLines(h.spacing).map(([x0, y0, x1, y1]) => `M${n(x0)} ${n(y0)}L${n(x1)} ${n(y1)}`).join('');
      const stroke = strokeAttrs({ color: h.hatch, width: h.width });
      this.defs.push(`<pattern id="${id}" width="${n(h.spacing)}" height="${n(h.spacing)}" patternUnits="userSpaceOnUse"><path d="${d}" fill="none"${stroke}/></pattern>`);
    }
    return id;
  }
}

function strokeAttrs(s: Stroke): string {
  const dash = s.dash && s.dash.length ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : '';
  return `${colorAttrs('stroke', s.color)} stroke-width="${n(s.width)}"${dash}`;
}

/** `fill="rgb(…)" fill-opacity="…"` for an rgba() colour: SVG 1.1 viewers do not all read rgba. */
export function colorAttrs(attr: 'fill' | 'stroke', color: string): string {
  const m = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/i.exec(color);
  if (!m) return color === 'transparent' ? ` ${attr}="none"` : ` ${attr}="${escapeXml(color)}"`;
  const alpha = Number(m[4]);
  return ` ${attr}="rgb(${m[1]},${m[2]},${m[3]})"${alpha < 1 ? ` ${attr}-opacity="${n(alpha)}"` : ''}`;
}

/** Two decimals at most: sub-pixel detail beyond that only grows the file. */
function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** Escapes text for XML content and double-quoted attributes; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
