import type { TimelineFrame } from './frame.ts';
import { barBox } from './geometry.ts';
import type { Painter } from './paint/painter.ts';

/**
 * The replay cursor: what has not happened yet is faded, a bold line marks now, and a
 * dot sits on the lane whose event it is. Drawn over the bars and under the outlines, so
 * a selection stays visible across the fade.
 */
export function renderCursor(p: Painter, frame: TimelineFrame): void {
  const { cursor, scale, palette, height, rowHeight, scrollTop } = frame;
  if (!cursor) return;
  const x = Math.round(scale.toPx(cursor.t));
  if (cursor.fadeFuture && x < scale.width) {
    const from = Math.max(0, x + 1);
    p.rect(from, 0, scale.width - from, height, palette.surface, 0.5);
  }
  if (x < -4 || x > scale.width + 4) return;
  if (cursor.row !== null) {
    const top = cursor.row * rowHeight - scrollTop;
    p.rect(0, top, scale.width, rowHeight, palette.accent, 0.08);
  }
  p.rect(x - 1, 0, 2, height, palette.accent, cursor.fadeFuture ? 1 : 0.55);
  p.path([['M', x - 6, 0], ['L', x + 6, 0], ['L', x, 8], ['Z']], palette.accent, null);
  if (cursor.row !== null) {
    const box = barBox(cursor.row * rowHeight - scrollTop, rowHeight);
    p.circle(x, box.y + box.h / 2, 5.5, palette.accent, { color: palette.surface, width: 2 });
  }
}
