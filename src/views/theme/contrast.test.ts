import { describe, expect, it } from 'vitest';
import { highContrastFor } from './contrast.ts';
import { paletteFor } from './palette.ts';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function ratio(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('presenter palettes', () => {
  it.each(['light', 'dark'] as const)('%s: text and muted text reach AAA (7:1) on the panels', (theme) => {
    const p = highContrastFor(theme);
    expect(ratio(p.text, p.surface)).toBeGreaterThanOrEqual(7);
    expect(ratio(p.textMuted, p.surface)).toBeGreaterThanOrEqual(7);
    // and muted text is firmer than in the ordinary palette
    expect(ratio(p.textMuted, p.surface)).toBeGreaterThan(ratio(paletteFor(theme).textMuted, paletteFor(theme).surface));
  });

  it('returns the same object each time, so a change of palette can be detected by identity', () => {
    expect(highContrastFor('dark')).toBe(highContrastFor('dark'));
  });
});
