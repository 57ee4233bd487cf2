import type { Mark } from '../../model/types.ts';
import { barBox, visibleRows } from './geometry.ts';
import type { TimelineFrame } from './frame.ts';

/**
 * Instants as shapes that differ in form, not just colour: ○ created, ◆ finished,
 * ✕ failed, ⟋ cancel requested, ■ cancelled, ▲ warning, • printed (under the bar).
 */
export function renderMarks(ctx: CanvasRenderingContext2D, frame: TimelineFrame): void {
  const { model, scale, rowHeight, scrollTop, height } = frame;
  const { first, last } = visibleRows(scrollTop, height, rowHeight, model.lanes.length);
  for (let row = first; row <= last; row++) {
    const box = barBox(row * rowHeight - scrollTop, rowHeight);
    for (const mark of model.marks[row] ?? []) {
      const x = scale.toPx(mark.t);
      if (x < -8 || x > scale.width + 8) continue;
      drawMark(ctx, frame, mark, x, box);
    }
  }
}

export function markCenter(frame: TimelineFrame, row: number, mark: Mark): { x: number; y: number } {
  const box = barBox(row * frame.rowHeight - frame.scrollTop, frame.rowHeight);
  const x = frame.scale.toPx(mark.t);
  if (mark.kind === 'print') return { x, y: box.y + box.h };
  if (mark.kind === 'warning' || mark.kind === 'cancel') return { x, y: box.y };
  return { x, y: box.y + box.h / 2 };
}

function drawMark(ctx: CanvasRenderingContext2D, frame: TimelineFrame, mark: Mark, x: number, box: { y: number; h: number }): void {
  const p = frame.palette;
  const mid = box.y + box.h / 2;
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = p.surface;
  switch (mark.kind) {
    case 'create':
      ctx.beginPath();
      ctx.arc(x, mid, 3.5, 0, Math.PI * 2);
      ctx.fillStyle = p.surface;
      ctx.fill();
      ctx.strokeStyle = p.textMuted;
      ctx.stroke();
      return;
    case 'finish':
      ctx.beginPath();
      ctx.moveTo(x, mid - 5.5);
      ctx.lineTo(x + 5.5, mid);
      ctx.lineTo(x, mid + 5.5);
      ctx.lineTo(x - 5.5, mid);
      ctx.closePath();
      ctx.fillStyle = p.ok;
      ctx.fill();
      ctx.stroke();
      return;
    case 'error':
      ctx.beginPath();
      ctx.arc(x, mid, 6.5, 0, Math.PI * 2);
      ctx.fillStyle = p.error;
      ctx.fill();
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(x - 2.8, mid - 2.8);
      ctx.lineTo(x + 2.8, mid + 2.8);
      ctx.moveTo(x + 2.8, mid - 2.8);
      ctx.lineTo(x - 2.8, mid + 2.8);
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.8;
      ctx.stroke();
      return;
    case 'cancel':
      ctx.beginPath();
      ctx.moveTo(x - 3, box.y + box.h + 2);
      ctx.lineTo(x + 3, box.y - 2);
      ctx.strokeStyle = p.cancel;
      ctx.lineWidth = 2.5;
      ctx.stroke();
      return;
    case 'cancelled':
      ctx.fillStyle = p.cancel;
      ctx.fillRect(x - 4.5, mid - 4.5, 9, 9);
      ctx.strokeRect(x - 4.5, mid - 4.5, 9, 9);
      return;
    case 'warning':
      ctx.beginPath();
      ctx.moveTo(x, box.y - 6);
      ctx.lineTo(x + 5.5, box.y + 4);
      ctx.lineTo(x - 5.5, box.y + 4);
      ctx.closePath();
      ctx.fillStyle = p.highlight;
      ctx.fill();
      ctx.strokeStyle = p.surface;
      ctx.stroke();
      return;
    case 'print':
      ctx.beginPath();
      ctx.arc(x, box.y + box.h, 2.6, 0, Math.PI * 2);
      ctx.fillStyle = p.text;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.stroke();
      return;
  }
}
