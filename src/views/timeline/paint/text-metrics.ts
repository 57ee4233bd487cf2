/**
 * Text widths without a browser. The SVG painter runs in Node (`loopscope run --svg`), where
 * nothing can measure a font, and its file is opened later on machines with other fonts
 * anyway. So widths come from Helvetica's metrics, padded: labels are ellipsized a little
 * early rather than overflowing their bars in a wider sans-serif (DejaVu, Segoe UI).
 */

/** Helvetica advance widths for ASCII 32–126, in thousandths of an em. */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Headroom for sans-serifs wider than Helvetica. */
const SANS_PAD = 1.08;
/** Bold Helvetica is about this much wider on average. */
const BOLD = 1.07;

/** Size, weight and kind of a CSS font shorthand such as "600 12px system-ui, sans-serif". */
export interface FontSpec {
  /** px */
  size: number;
  /** 400 normal, 700 bold. */
  weight: number;
  italic: boolean;
  family: string;
  monospace: boolean;
}

export function parseFont(font: string): FontSpec {
  const m = /^\s*((?:(?:italic|oblique|normal|bold|bolder|lighter|\d{3})\s+)*)(\d+(?:\.\d+)?)px(?:\/[^\s]+)?\s+(.+)$/i.exec(font);
  if (!m) return { size: 12, weight: 400, italic: false, family: 'sans-serif', monospace: false };
  const words = m[1]!.toLowerCase().split(/\s+/).filter(Boolean);
  const numeric = words.find((w) => /^\d{3}$/.test(w));
  const weight = numeric ? Number(numeric) : words.includes('bold') || words.includes('bolder') ? 700 : 400;
  const family = m[3]!.trim();
  return { size: Number(m[2]), weight, italic: words.includes('italic') || words.includes('oblique'), family, monospace: /mono|menlo|consolas|courier/i.test(family) };
}

/** Estimated width of `text` in `font`, px. */
export function estimateTextWidth(text: string, font: string): number {
  const spec = parseFont(font);
  if (spec.monospace) return [...text].length * 0.6 * spec.size;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) units += HELVETICA[code - 32]!;
    // CJK and emoji are about an em wide; other letters (é, ω, ✓) about a digit.
    else units += code >= 0x2e80 ? 1000 : 600;
  }
  return (units / 1000) * spec.size * SANS_PAD * (spec.weight >= 600 ? BOLD : 1);
}
