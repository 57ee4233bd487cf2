import type { Palette } from '../theme/palette.ts';
import { FONT_FAMILY } from '../timeline/frame.ts';
import type { Fill, Painter, Stroke } from '../timeline/paint/painter.ts';

const FONT = `11.5px ${FONT_FAMILY}`;

interface Swatch {
  label: string;
  fills: Array<{ fill: Fill; alpha?: number }>;
  stroke?: Stroke;
}

/** The key to the bars, in the same fills the timeline uses, so a picture explains itself. */
export function renderPictureLegend(p: Painter, palette: Palette, x: number, y: number): number {
  const swatches: Swatch[] = [
    { label: 'running', fills: [{ fill: palette.running }] },
    { label: 'waiting', fills: [{ fill: palette.waitingFill }, { fill: { hatch: palette.waiting, spacing: 7, width: 1 }, alpha: 0.35 }], stroke: { color: palette.waiting, width: 1 } },
    { label: 'ready (loop busy)', fills: [{ fill: palette.readyFill }], stroke: { color: palette.ready, width: 1, dash: [4, 3] } },
    { label: 'loop blocked', fills: [{ fill: palette.blocking }, { fill: { hatch: 'rgba(255,255,255,0.35)', spacing: 8, width: 3 } }] },
    { label: 'thread', fills: [{ fill: palette.thread }] },
  ];
  for (const s of swatches) {
    for (const f of s.fills) p.rect(x, y - 5, 18, 10, f.fill, f.alpha);
    if (s.stroke) p.strokeRect(x + 0.5, y - 4.5, 17, 9, s.stroke);
    p.text(s.label, x + 24, y, { font: FONT, color: palette.textMuted });
    x += 24 + p.textWidth(s.label, FONT) + 16;
  }
  return x;
}
