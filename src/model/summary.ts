import { formatSeconds } from '../units/time.ts';
import { peakConcurrency } from './stats.ts';
import type { TraceModel } from './types.ts';

/**
 * One sentence for the outcome banner. The engine's own summary wins when it has
 * one; this is what the page says when it does not (and what the tests pin down).
 */
export function summarize(model: TraceModel): string {
  const { outcome } = model.trace;
  if (outcome.summary.trim()) return outcome.summary.trim();
  const time = formatSeconds(outcome.virtualTime);
  const tasks = model.lanes.filter((l) => l.kind === 'task').length;
  const peak = peakConcurrency(model.lanes, model.segments);
  const blocked = model.blocked.reduce((sum, b) => sum + (b.end - b.start), 0);

  const parts: string[] = [];
  if (tasks === 0) parts.push('No tasks were created');
  else if (peak > 1) parts.push(`${tasks.toLocaleString('en')} ${plural(tasks, 'task')} ran, up to ${peak.toLocaleString('en')} at once`);
  else parts.push(`${tasks} ${plural(tasks, 'task')} ran one at a time`);
  if (blocked > 0) parts.push(`the loop was blocked for ${formatSeconds(blocked)}`);

  switch (outcome.status) {
    case 'ok':
      return `${parts.join('; ')}; finished in ${time}.`;
    case 'error':
      return `${parts.join('; ')}; failed at ${time} with ${outcome.error?.type ?? 'an exception'}.`;
    case 'deadlock': {
      const stuck = outcome.deadlock?.length ?? 0;
      return `${parts.join('; ')}; at ${time} ${stuck} ${plural(stuck, 'task')} ${stuck === 1 ? 'waits' : 'wait'} forever.`;
    }
    case 'limit':
      return `${parts.join('; ')}; stopped at ${time}: ${outcome.limit?.message ?? 'a limit was reached'}.`;
    case 'stopped':
      return `${parts.join('; ')}; stopped by you at ${time}.`;
  }
}

export function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
