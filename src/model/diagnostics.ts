import type { Trace } from '../protocol/trace.ts';

/** A message pinned to a snippet line: an editor marker, independent of Monaco. */
export interface Diagnostic {
  line: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** 1-based columns spanning the line's text (not its indentation). */
  startColumn: number;
  endColumn: number;
}

/**
 * What the editor should underline after a run: the error that ended it (with
 * CPython's message), warnings such as "coroutine ... was never awaited", where each
 * deadlocked task is stuck, and the line a limit stopped at.
 */
export function diagnostics(trace: Trace, code: string): Diagnostic[] {
  const lines = code.split('\n');
  const out: Diagnostic[] = [];
  const add = (line: number | null | undefined, severity: Diagnostic['severity'], message: string) => {
    if (!line || line < 1 || line > lines.length) return;
    const text = lines[line - 1] ?? '';
    const start = text.length - text.trimStart().length + 1;
    out.push({ line, severity, message, startColumn: start, endColumn: Math.max(start + 1, text.trimEnd().length + 1) });
  };

  const { outcome } = trace;
  if (outcome.error) add(outcome.error.line, 'error', `${outcome.error.type}: ${outcome.error.message}`);
  for (const ev of trace.events) {
    if (ev.type === 'warning') add(ev.line, 'warning', `${ev.category}: ${ev.message}`);
  }
  for (const d of outcome.deadlock ?? []) {
    add(d.line, 'warning', `Deadlock: ${d.name}${d.coroutine ? ` (${d.coroutine})` : ''} waits here forever on ${d.waitingOn}`);
  }
  if (outcome.limit) add(outcome.limit.line, 'info', `Stopped here: ${outcome.limit.message}`);
  return out;
}
