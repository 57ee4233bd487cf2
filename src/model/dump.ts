import { formatStamp } from '../units/time.ts';
import { coroutineLabel } from './lanes.ts';
import type { Mark, Segment, TraceModel } from './types.ts';

/**
 * A readable dump of a model for golden tests: one block per lane, one line per
 * segment or mark, in time order. Diffs of this read like a story; JSON diffs do not.
 */
export function dumpModel(model: TraceModel): string {
  const out: string[] = [`outcome ${model.trace.outcome.status} at ${formatStamp(model.trace.outcome.virtualTime)}`];
  for (const lane of model.lanes) {
    const where = lane.createdLine !== null ? ` L${lane.createdLine}` : '';
    out.push(`${'  '.repeat(lane.depth)}${lane.name} ${coroutineLabel(lane)}${where} [${lane.kind}, ${lane.state}]`.replace(/ +\[/, ' ['));
    const items: Array<{ t: number; text: string }> = [
      ...(model.segments[lane.row] ?? []).map((s) => ({ t: s.start, text: segmentLine(s) })),
      ...(model.marks[lane.row] ?? []).map((m) => ({ t: m.t, text: markLine(m) })),
    ];
    items.sort((a, b) => a.t - b.t);
    for (const item of items) out.push(`${'  '.repeat(lane.depth)}  ${item.text}`);
  }
  for (const b of model.blocked) out.push(`loop blocked ${formatStamp(b.start)}–${formatStamp(b.end)} by task ${b.task}: ${b.call}`);
  return out.join('\n');
}

function segmentLine(s: Segment): string {
  const span = s.end > s.start ? `${formatStamp(s.start)}–${formatStamp(s.end)}` : formatStamp(s.start);
  const line = s.fromLine !== null && s.fromLine !== s.line ? ` L${s.fromLine}→L${s.line ?? '?'}` : s.line !== null ? ` L${s.line}` : '';
  const label = s.label ? ` ${s.label}` : '';
  return `${span} ${s.kind}${label}${line}${s.open ? ' (never ended)' : ''}`;
}

function markLine(m: Mark): string {
  const line = m.line !== null ? ` L${m.line}` : '';
  return `${formatStamp(m.t)} • ${m.kind} ${m.text}${line}`;
}
