import { segmentsInWindow } from '../../model/queries.ts';
import type { Segment } from '../../model/types.ts';
import { secs } from '../../units/time.ts';
import { fontsOf, type TimelineFrame } from './frame.ts';
import { barBox, visibleRows } from './geometry.ts';
import type { Painter, TextStyle } from './paint/painter.ts';
import { fitText } from './text-fit.ts';
import { isOpaqueColor, isUnderLayer, planSegments } from './lod-segments.ts';

/** Narrowest a bar is drawn: a zero-length running step still shows as a tick. */
export const MIN_BAR = 3;
/** A lane with more segments than this in view is drawn through the level-of-detail plan. */
const DENSE_ROW = 100;

/** The on-screen box of a segment, with open (never-ending) waits running to the right edge. */
export function segmentBox(frame: TimelineFrame, row: number, seg: Segment): { x: number; y: number; w: number; h: number } {
  const { scale, rowHeight, scrollTop } = frame;
  const { y, h } = barBox(row * rowHeight - scrollTop, rowHeight);
  let x0 = scale.toPx(seg.start) as number;
  let x1 = (seg.open && seg.kind === 'waiting' ? Math.max(scale.toPx(seg.end), scale.width + 4) : scale.toPx(seg.end)) as number;
  // Keep huge off-screen coordinates sane for the canvas.
  x0 = Math.max(-10, x0);
  x1 = Math.min(scale.width + 10, x1);
  if (x1 - x0 < MIN_BAR) {
    const mid = (x0 + x1) / 2;
    x0 = mid - MIN_BAR / 2;
    x1 = mid + MIN_BAR / 2;
  }
  return { x: x0, y, w: x1 - x0, h };
}

/** Draws every visible segment: solid running, hatched waits, dashed ready, striped blocking. */
export function renderSegments(p: Painter, frame: TimelineFrame): void {
  const { model, scale, palette, rowHeight, scrollTop, height } = frame;
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  const slop = scale.durationOf(MIN_BAR as never);
  const t0 = secs(scale.start - slop);
  const t1 = secs(scale.end + slop);
  const fonts = fontsOf(frame);
  const plain: TextStyle = { font: fonts.regular, color: palette.text };
  const onColour: TextStyle = { font: fonts.bold, color: '#ffffff', halo: true };

  const opaque = isOpaqueColor(palette.running);

  for (let row = first; row <= last; row++) {
    const segs = segmentsInWindow(model, row, t0, t1);
    if (segs.length > DENSE_ROW) {
      // Level of detail (lod-segments.ts): the same picture from far fewer calls.
      const plan = planSegments(segs, (seg) => segmentBox(frame, row, seg), opaque);
      for (const seg of plan.under) drawSegment(p, frame, row, seg, plain, onColour);
      for (const item of plan.over) {
        if (item.kind === 'segment') drawSegment(p, frame, row, item.seg, plain, onColour);
        else {
          const { y, h } = barBox(row * rowHeight - scrollTop, rowHeight);
          runningBar(p, frame, item.x, y, item.w, h);
        }
      }
      continue;
    }
    // Waits first, so running ticks at the same instant sit on top of them.
    for (const seg of segs) if (isUnderLayer(seg)) drawSegment(p, frame, row, seg, plain, onColour);
    for (const seg of segs) if (!isUnderLayer(seg)) drawSegment(p, frame, row, seg, plain, onColour);
  }
}

/** One segment: solid running, hatched waits, dashed ready, striped blocking, labelled where it fits. */
function drawSegment(p: Painter, frame: TimelineFrame, row: number, seg: Segment, plain: TextStyle, onColour: TextStyle): void {
  const { palette } = frame;
  const { x, y, w, h } = segmentBox(frame, row, seg);
  // Outlines sit on whole pixels (+0.5) so a 1 px line stays one crisp pixel wide.
  const edge = [Math.round(x) + 0.5, Math.round(y) + 0.5, Math.max(0, Math.round(w) - 1), Math.round(h) - 1] as const;
  switch (seg.kind) {
    case 'waiting':
      p.rect(x, y, w, h, palette.waitingFill);
      p.rect(x, y, w, h, { hatch: palette.waiting, spacing: 7, width: 1 }, 0.35);
      p.strokeRect(...edge, { color: palette.waiting, width: 1 });
      label(p, frame, seg.open ? `${seg.label} · waits forever` : seg.label, x, y, w, h, plain);
      break;
    case 'ready':
      p.rect(x, y, w, h, palette.readyFill);
      p.strokeRect(...edge, { color: palette.ready, width: 1, dash: [4, 3] });
      label(p, frame, 'ready · loop busy', x, y, w, h, plain);
      break;
    case 'blocking':
      p.rect(x, y, w, h, palette.blocking);
      p.rect(x, y, w, h, { hatch: 'rgba(255,255,255,0.35)', spacing: 8, width: 3 });
      label(p, frame, `blocking: ${seg.label}`, x, y, w, h, onColour);
      break;
    case 'thread':
      p.rect(x, y, w, h, palette.thread);
      label(p, frame, seg.label, x, y, w, h, onColour);
      break;
    case 'running':
      runningBar(p, frame, x, y, w, h);
      break;
  }
}

/** Overhangs the bar: on the virtual clock a step is an instant, and it must read as one. */
function runningBar(p: Painter, frame: TimelineFrame, x: number, y: number, w: number, h: number): void {
  p.rect(x, y - 3, w, h + 6, frame.palette.running);
}

/** A label inside a bar, kept in view when the bar starts off-screen to the left. */
function label(p: Painter, frame: TimelineFrame, text: string, x: number, y: number, w: number, h: number, style: TextStyle): void {
  if (!text || h < 12) return;
  const left = Math.max(x, 0) + 6;
  const right = Math.min(x + w, frame.scale.width) - 6;
  fitText(p, text, left, y + h / 2 + 0.5, right - left, style);
}
