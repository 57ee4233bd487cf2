import type { Mark } from '../../model/types.ts';
import { px } from '../../units/time.ts';
import type { TimelineFrame } from './frame.ts';
import { barBox, visibleRows } from './geometry.ts';
import type { Painter } from './paint/painter.ts';

/** A lane with more marks than this thins out marks that land on the same spot. */
const DENSE_MARKS = 100;

/**
 * Instants as shapes that differ in form, not just colour: ○ created, ◆ finished,
 * ✕ failed, ⟋ cancel requested, ■ cancelled, ▲ warning, • printed (under the bar).
 */
export function renderMarks(p: Painter, frame: TimelineFrame): void {
  const { model, scale, rowHeight, scrollTop, height } = frame;
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  const from = scale.toTime(px(-8));
  for (let row = first; row <= last; row++) {
    const box = barBox(row * rowHeight - scrollTop, rowHeight);
    const marks = model.marks[row] ?? [];
    const dense = marks.length > DENSE_MARKS;
    let prev: { kind: Mark['kind']; x: number } | null = null;
    // Marks are sorted by time: start at the first in view, stop past the last.
    for (let i = firstAtOrAfter(marks, from); i < marks.length; i++) {
      const mark = marks[i]!;
      const x = scale.toPx(mark.t);
      if (x > scale.width + 8) break;
      if (x < -8) continue;
      // Level of detail: a mark drawn again where the same mark was just drawn, less than half
      // a pixel away, changes nothing one can see (a print in a loop of 20,000, zoomed out).
      if (dense && prev && prev.kind === mark.kind && Math.abs(x - prev.x) < 0.5) continue;
      drawMark(p, frame, mark, x, box);
      if (dense) prev = { kind: mark.kind, x };
    }
  }
}

function firstAtOrAfter(marks: readonly Mark[], t: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function markCenter(frame: TimelineFrame, row: number, mark: Mark): { x: number; y: number } {
  const box = barBox(row * frame.rowHeight - frame.scrollTop, frame.rowHeight);
  const x = frame.scale.toPx(mark.t);
  if (mark.kind === 'print') return { x, y: box.y + box.h };
  if (mark.kind === 'warning' || mark.kind === 'cancel') return { x, y: box.y };
  return { x, y: box.y + box.h / 2 };
}

function drawMark(p: Painter, frame: TimelineFrame, mark: Mark, x: number, box: { y: number; h: number }): void {
  const c = frame.palette;
  const mid = box.y + box.h / 2;
  // A ring in the surface colour separates a mark from the bar beneath it.
  const edge = { color: c.surface, width: 1.5 };
  switch (mark.kind) {
    case 'create':
      p.circle(x, mid, 3.5, c.surface, { color: c.textMuted, width: 1.5 });
      return;
    case 'finish':
      p.path([['M', x, mid - 5.5], ['L', x + 5.5, mid], ['L', x, mid + 5.5], ['L', x - 5.5, mid], ['Z']], c.ok, edge);
      return;
    case 'error':
      p.circle(x, mid, 6.5, c.error, edge);
      p.path([['M', x - 2.8, mid - 2.8], ['L', x + 2.8, mid + 2.8], ['M', x + 2.8, mid - 2.8], ['L', x - 2.8, mid + 2.8]], null, { color: '#ffffff', width: 1.8 });
      return;
    case 'cancel':
      p.path([['M', x - 3, box.y + box.h + 2], ['L', x + 3, box.y - 2]], null, { color: c.cancel, width: 2.5 });
      return;
    case 'cancelled':
      p.rect(x - 4.5, mid - 4.5, 9, 9, c.cancel);
      p.strokeRect(x - 4.5, mid - 4.5, 9, 9, edge);
      return;
    case 'warning':
      p.path([['M', x, box.y - 6], ['L', x + 5.5, box.y + 4], ['L', x - 5.5, box.y + 4], ['Z']], c.highlight, edge);
      return;
    case 'print':
      p.circle(x, box.y + box.h, 2.6, c.text, { color: c.surface, width: 1 });
      return;
  }
}
