import { coroutineLabel } from '../../model/lanes.ts';
import { segmentOf } from '../../model/queries.ts';
import type { Mark, Segment, TraceModel } from '../../model/types.ts';
import type { Hovered } from '../../store/selection-slice.ts';
import { formatSeconds, formatStamp } from '../../units/time.ts';

/** What the tooltip says, as plain rows: computed here, rendered by Tooltip.tsx. */
export interface TooltipContent {
  title: string;
  subtitle: string;
  state: string;
  /** "0.000 → 1.000 s · 1.0 s" */
  when: string;
  line: number | null;
  detail?: string;
}

export function tooltipContent(model: TraceModel, hit: Hovered): TooltipContent | null {
  const row = hit.kind === 'segment' ? hit.ref.row : hit.row;
  const lane = model.lanes[row];
  if (!lane) return null;
  const title = lane.kind === 'main' ? 'main program' : lane.name;
  const subtitle = lane.kind === 'thread' ? 'worker thread' : coroutineLabel(lane);
  if (hit.kind === 'mark') {
    const mark = model.marks[row]?.[hit.index];
    return mark ? { title, subtitle, ...markText(mark), when: `at ${formatStamp(mark.t)} s`, line: mark.line } : null;
  }
  const seg = segmentOf(model, hit.ref);
  if (!seg) return null;
  const duration = seg.end - seg.start;
  const when = seg.open
    ? `from ${formatStamp(seg.start)} s · never resumed`
    : duration > 0
      ? `${formatStamp(seg.start)} → ${formatStamp(seg.end)} s · ${formatSeconds(duration)}`
      : `at ${formatStamp(seg.start)} s · no virtual time`;
  return { title, subtitle, state: stateText(model, seg), when, line: seg.line };
}

function stateText(model: TraceModel, seg: Segment): string {
  switch (seg.kind) {
    case 'running':
      return 'Running Python';
    case 'waiting':
      return `Waiting on ${seg.label}`;
    case 'ready': {
      const blocker = model.blocked.find((b) => b.start < seg.end && b.end > seg.start);
      const by = blocker ? model.lanes[model.rowOf.get(blocker.task) ?? -1]?.name : null;
      return by ? `Ready, but the loop is blocked by ${by}` : 'Ready, waiting for the loop';
    }
    case 'blocking':
      return `Blocking the whole loop: ${seg.label}`;
    case 'thread': {
      const owner = seg.forTask !== undefined ? model.lanes[model.rowOf.get(seg.forTask) ?? -1]?.name : null;
      return `Running ${seg.label}${owner ? ` for ${owner}` : ''}`;
    }
  }
}

function markText(mark: Mark): { state: string; detail?: string } {
  switch (mark.kind) {
    case 'create':
      return { state: 'Created' };
    case 'finish':
      return { state: 'Finished', detail: mark.text };
    case 'error':
      return { state: 'Raised', detail: mark.text };
    case 'cancel':
      return { state: 'Cancellation requested', detail: mark.text };
    case 'cancelled':
      return { state: 'Cancelled' };
    case 'warning':
      return { state: 'Warning', detail: mark.text };
    case 'print':
      return { state: 'Printed', detail: mark.text };
  }
}
