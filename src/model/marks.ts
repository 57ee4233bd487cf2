import type { Trace, TraceEvent } from '../protocol/trace.ts';
import { secs } from '../units/time.ts';
import type { Mark } from './types.ts';

/**
 * Instants worth a symbol on a lane. Print marks come from `trace.output` (one per
 * console line) so hovering a console line can find its mark; each borrows its snippet
 * line from the matching print event.
 */
export function deriveMarks(trace: Trace, rowOf: ReadonlyMap<number, number>): Mark[][] {
  const marks: Mark[][] = Array.from({ length: rowOf.size }, () => []);
  const add = (m: Mark) => {
    const row = rowOf.get(m.task);
    if (row !== undefined) marks[row]!.push(m);
  };

  for (const ev of trace.events) {
    const mark = eventMark(ev);
    if (mark) add(mark);
  }

  const lines = printLines(trace.events);
  trace.output.forEach((out, i) => {
    add({ kind: 'print', task: out.task, t: secs(out.t), line: lines(out.task, out.t, out.text), text: out.text, output: i });
  });

  // Marks come out in time order unless a print lands between them: check before sorting.
  for (const lane of marks) if (!isSorted(lane)) lane.sort((a, b) => a.t - b.t);
  return marks;
}

function isSorted(lane: readonly Mark[]): boolean {
  for (let i = 1; i < lane.length; i++) if (lane[i - 1]!.t > lane[i]!.t) return false;
  return true;
}

function eventMark(ev: TraceEvent): Mark | null {
  switch (ev.type) {
    case 'create':
      return mark('create', ev, 'created');
    case 'finish':
      return mark('finish', ev, `returned ${ev.result}`);
    case 'error':
      return mark('error', ev, `${ev.exc.type}: ${ev.exc.message}`);
    case 'cancel':
      return mark('cancel', ev, ev.reason || 'cancel() requested');
    case 'cancelled':
      return mark('cancelled', ev, 'cancelled');
    case 'warning':
      return mark('warning', ev, `${ev.category}: ${ev.message}`);
    default:
      return null;
  }
}

/** One literal shape for every event mark (a spread per mark costs more than the rest of the pass). */
function mark(kind: Mark['kind'], ev: TraceEvent, text: string): Mark {
  return { kind, task: ev.task, t: secs(ev.t), line: ev.line, text };
}

/**
 * Matches console lines to print events in order: a print event may carry several
 * lines ("a\nb"), and one line may be written by several events (print(end='')).
 */
function printLines(events: readonly TraceEvent[]): (task: number, t: number, text: string) => number | null {
  const prints = events.filter((e): e is Extract<TraceEvent, { type: 'print' }> => e.type === 'print');
  let cursor = 0;
  return (task, t, text) => {
    for (let j = cursor; j < prints.length && j < cursor + 64; j++) {
      const p = prints[j]!;
      if (p.task === task && p.t === t && (text === '' || p.text.includes(text))) {
        // Stay on a multi-line event until its last line has been matched.
        cursor = p.text.trimEnd().endsWith(text) ? j + 1 : j;
        return p.line;
      }
    }
    return null;
  };
}
