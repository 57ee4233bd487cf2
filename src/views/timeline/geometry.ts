import { px, type Pixels } from '../../units/time.ts';

/** Height of the time axis above the lanes. */
export const AXIS_HEIGHT = px(30);
/** Lanes get taller when there are few of them (a projector wants fat bars), never shorter than this. */
export const MIN_ROW = px(26);
export const MAX_ROW = px(46);
/** Presenter mode's tallest lane: bars a projector's back row can see. */
export const PRESENTER_MAX_ROW = px(64);

/** Row height that fills the viewport with few lanes and scrolls with many. */
export function rowHeightFor(lanes: number, viewport: Pixels, max: Pixels = MAX_ROW): Pixels {
  if (lanes <= 0) return max;
  return px(Math.max(MIN_ROW, Math.min(max, Math.floor((viewport - 8) / lanes))));
}

/** The bar inside a row: inset so neighbouring lanes never touch. */
export function barBox(rowTop: number, rowHeight: Pixels): { y: number; h: number } {
  const inset = Math.max(4, Math.round(rowHeight * 0.2));
  return { y: rowTop + inset, h: rowHeight - 2 * inset };
}

/** First and last row (inclusive) that intersect the viewport. */
export function visibleRows(scrollTop: Pixels, height: Pixels, rowHeight: Pixels, lanes: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight));
  const last = Math.min(lanes - 1, Math.ceil((scrollTop + height) / rowHeight));
  return { first, last };
}
