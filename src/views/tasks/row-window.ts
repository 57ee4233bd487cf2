/**
 * Which rows of a long list to put in the DOM: those in view plus some overscan, with the
 * space of the rest kept by padding above and below. Pure, so it is tested in Node.
 */
export interface RowWindow {
  /** First and last row rendered (inclusive); last < first when there are none. */
  first: number;
  last: number;
  /** Height of the rows not rendered above and below, CSS pixels. */
  padTop: number;
  padBottom: number;
}

/**
 * `scrollTop` and `viewport` are the list body's own (rows start at 0), `rowHeight` in
 * CSS pixels; `overscan` rows are added on each side so fast scrolling never shows blanks.
 */
export function rowWindow(count: number, scrollTop: number, viewport: number, rowHeight: number, overscan: number): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: -1, padTop: 0, padBottom: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.min(count - 1, Math.floor(top / rowHeight) - overscan));
  const last = Math.max(first, Math.min(count - 1, Math.ceil((top + Math.max(0, viewport)) / rowHeight) + overscan));
  return { first, last, padTop: first * rowHeight, padBottom: (count - 1 - last) * rowHeight };
}
