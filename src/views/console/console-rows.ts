import type { Trace } from '../../protocol/trace.ts';

/** One console row: a line of output, or a traceback line the engine did not print. */
export interface ConsoleRow {
  /** Index into trace.output; null for rows added from the error itself. */
  output: number | null;
  t: number;
  task: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/** Rendering more rows than this costs more than anyone reads; the rest is summarized. */
export const MAX_ROWS = 3000;

/**
 * The console's rows: everything printed, in order, and, if the run died with an
 * error whose traceback is not already in the output, that traceback as CPython
 * would have printed it.
 */
export function consoleRows(trace: Trace): ConsoleRow[] {
  const rows: ConsoleRow[] = trace.output.map((o, i) => ({ output: i, t: o.t, task: o.task, stream: o.stream, text: o.text }));
  const printedTraceback = trace.output.some((o) => o.stream === 'stderr' && o.text.startsWith('Traceback'));
  if (trace.outcome.status === 'error' && !printedTraceback) {
    const err = [...trace.events].reverse().find((e) => e.type === 'error' && e.exc.traceback.length > 0);
    if (err?.type === 'error') {
      for (const text of err.exc.traceback.flatMap((l) => l.split('\n'))) {
        rows.push({ output: null, t: err.t, task: err.task, stream: 'stderr', text });
      }
    }
  }
  return rows;
}
