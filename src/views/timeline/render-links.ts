import { linksOfTask } from '../../model/queries.ts';
import type { Link } from '../../model/types.ts';
import type { TimelineFrame } from './frame.ts';
import { barBox, visibleRows } from './geometry.ts';
import type { Painter } from './paint/painter.ts';

/** Above this many links the picture turns to hair; then only the focused lane's links are drawn. */
const ALL_LINKS_LIMIT = 120;

/**
 * Spawn links (a dotted drop from parent to child at creation) and wake links (a
 * curve from a finishing task to the task it releases): gather's fan-out and fan-in.
 */
export function renderLinks(p: Painter, frame: TimelineFrame, focusTask: number | null): void {
  const { model, scale, rowHeight, scrollTop, height, palette } = frame;
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  // Past the limit only the focused lane's links are drawn: look those up, not through all of them.
  const links = model.links.length <= ALL_LINKS_LIMIT ? model.links : focusTask === null ? [] : linksOfTask(model, focusTask);
  for (const link of links) {
    const a = model.rowOf.get(link.from);
    const b = model.rowOf.get(link.to);
    if (a === undefined || b === undefined) continue;
    if (Math.max(a, b) < first || Math.min(a, b) > last) continue;
    const x0 = scale.toPx(link.t0);
    const x1 = scale.toPx(link.t1);
    if (Math.max(x0, x1) < 0 || Math.min(x0, x1) > scale.width) continue;
    const emphasised = focusTask !== null && (link.from === focusTask || link.to === focusTask);
    drawLink(p, frame, link, a, b, x0, x1, emphasised ? palette.text : palette.link);
  }
}

function drawLink(p: Painter, frame: TimelineFrame, link: Link, a: number, b: number, x0: number, x1: number, color: string): void {
  const { rowHeight, scrollTop } = frame;
  const from = barBox(a * rowHeight - scrollTop, rowHeight);
  const to = barBox(b * rowHeight - scrollTop, rowHeight);
  const down = b > a;
  const y0 = down ? from.y + from.h : from.y;
  const y1 = down ? to.y : to.y + to.h;
  if (link.kind === 'spawn') {
    p.path([['M', x0, y0], ['L', x1, y1]], null, { color, width: 1, dash: [2, 3] });
  } else {
    const bend = Math.min(40, Math.abs(y1 - y0) / 2);
    p.path([['M', x0, y0], ['C', x0, y0 + (down ? bend : -bend), x1, y1 - (down ? bend : -bend), x1, y1]], null, { color, width: 1 });
  }
  const d = down ? -1 : 1;
  p.path([['M', x1, y1], ['L', x1 - 3, y1 + d * 5], ['L', x1 + 3, y1 + d * 5], ['Z']], color, null);
}
