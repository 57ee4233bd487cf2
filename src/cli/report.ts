/** What the CLI prints for a finished trace. Pure. */
import type { Trace } from '../protocol/trace.ts';

/** The program's own stdout and stderr, byte for byte as CPython would print them. */
export function renderStreams(trace: Trace): { stdout: string; stderr: string } {
  const out = { stdout: '', stderr: '' };
  for (const line of trace.output) out[line.stream] += line.text + ((line as { partial?: boolean }).partial ? '' : '\n');
  return out;
}

/** Loopscope's own note on stderr where CPython would have hung or been stopped. */
export function renderOutcomeNote(trace: Trace): string {
  const { outcome } = trace;
  if (outcome.status === 'deadlock') {
    const lines = (outcome.deadlock ?? []).map(
      (s) => `  ${s.name}${s.coroutine ? ` (${s.coroutine})` : ''} waits at line ${s.line ?? '?'} on ${s.waitingOn}`,
    );
    return `loopscope: deadlock at ${outcome.virtualTime} s: CPython would wait forever here.\n${lines.join('\n')}\n`;
  }
  if (outcome.status === 'limit' && outcome.limit) return `loopscope: ${outcome.limit.message}\n`;
  if (outcome.status === 'stopped') return 'loopscope: stopped.\n';
  if (outcome.ranNothing) return 'loopscope: the file is empty: nothing ran.\n';
  return '';
}
