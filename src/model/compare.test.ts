import { describe, expect, it } from 'vitest';
import type { Outcome, Trace } from '../protocol/trace.ts';
import { compareSummary, formatRatio } from './compare.ts';
import { FIXTURES } from './fixtures/index.ts';

/** A real trace with its outcome replaced: only the outcome matters to the sentence. */
function ran(outcome: Partial<Outcome>): Trace {
  const { trace } = FIXTURES.eventLoop();
  return { ...trace, outcome: { ...trace.outcome, status: 'ok', ...outcome } };
}

describe('compareSummary', () => {
  it('names the faster variant first, with the speed-up', () => {
    const s = compareSummary({ name: 'sequential', trace: ran({ virtualTime: 3 }) }, { name: 'gather', trace: ran({ virtualTime: 1 }) });
    expect(s).toEqual({ text: 'gather: 1.0 s vs sequential: 3.0 s — 3.0× faster', tone: 'faster', ratio: 3 });
  });

  it('says when both take the same time, float noise included', () => {
    const s = compareSummary({ name: 'A', trace: ran({ virtualTime: 0.30000000000000004 }) }, { name: 'B', trace: ran({ virtualTime: 0.3 }) });
    expect(s).toMatchObject({ text: 'A and B both take 300 ms.', tone: 'equal' });
  });

  it('handles a variant that takes no virtual time', () => {
    const s = compareSummary({ name: 'A', trace: ran({ virtualTime: 2 }) }, { name: 'B', trace: ran({ virtualTime: 0 }) });
    expect(s.text).toBe('B: 0 s vs A: 2.0 s — B takes no virtual time at all.');
    expect(s.ratio).toBeUndefined();
  });

  it('does not compare times when a variant deadlocked or failed', () => {
    const deadlock = ran({ status: 'deadlock', virtualTime: 2, deadlock: [{ task: 3, name: 'Task-3', coroutine: 'consumer', line: 9, waitingOn: 'Queue.get()' }] });
    const s = compareSummary({ name: 'broken', trace: deadlock }, { name: 'fixed', trace: ran({ virtualTime: 3 }) });
    expect(s).toEqual({ text: 'broken deadlocked at 2.0 s (1 task waits forever), so the times do not compare; fixed finished in 3.0 s.', tone: 'problem' });
    const error = ran({ status: 'error', virtualTime: 0.5, error: { type: 'ValueError', message: 'boom', line: 4 } });
    expect(compareSummary({ name: 'A', trace: error }, { name: 'B', trace: deadlock }).text).toBe('A raised ValueError at 500 ms; B deadlocked at 2.0 s (1 task waits forever).');
  });

  it('reports an engine failure and waits for both runs', () => {
    expect(compareSummary({ name: 'A', trace: null, failure: 'worker crashed' }, { name: 'B', trace: ran({ virtualTime: 1 }) }).text).toBe('A could not run (worker crashed), so the times do not compare; B finished in 1.0 s.');
    expect(compareSummary({ name: 'A', trace: null }, { name: 'B', trace: ran({ virtualTime: 1 }) })).toEqual({ text: 'Run to compare A and B.', tone: 'pending' });
  });

  it('formats ratios with the precision that matters', () => {
    expect(formatRatio(2.5)).toBe('2.5×');
    expect(formatRatio(1.02)).toBe('1.02×');
    expect(formatRatio(12.4)).toBe('12×');
  });
});
