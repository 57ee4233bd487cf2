import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window.ts';

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, padding the rest', () => {
    // 10,000 rows of 28 px, scrolled to row 100, 280 px tall: rows 100–110 in view.
    expect(rowWindow(10_000, 2800, 280, 28, 5)).toEqual({ first: 95, last: 115, padTop: 95 * 28, padBottom: (10_000 - 116) * 28 });
  });

  it('keeps the total height: padding plus rendered rows is every row', () => {
    for (const scrollTop of [0, 13, 5000, 279_000, 1e9]) {
      const w = rowWindow(10_000, scrollTop, 400, 28, 8);
      expect(w.padTop + (w.last - w.first + 1) * 28 + w.padBottom).toBe(10_000 * 28);
    }
  });

  it('clamps at both ends', () => {
    expect(rowWindow(50, 0, 280, 28, 5)).toMatchObject({ first: 0, last: 15, padTop: 0 });
    expect(rowWindow(50, 100_000, 280, 28, 5)).toMatchObject({ first: 49, last: 49, padBottom: 0 });
    expect(rowWindow(50, -40, 280, 28, 5)).toMatchObject({ first: 0 });
  });

  it('renders nothing for an empty list or no row height yet', () => {
    expect(rowWindow(0, 0, 300, 28, 5)).toEqual({ first: 0, last: -1, padTop: 0, padBottom: 0 });
    expect(rowWindow(10, 0, 300, 0, 5)).toEqual({ first: 0, last: -1, padTop: 0, padBottom: 0 });
  });
});
