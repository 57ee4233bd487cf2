import { describe, expect, it } from 'vitest';
import { syncSummary } from './sync-summary.ts';

const name = (task: number) => `Task-${task}`;

describe('syncSummary', () => {
  it('counts free permits against the capacity in the label', () => {
    expect(syncSummary('Semaphore', 'Semaphore(3)', { value: 1, waiters: 0 }, name)).toBe('1 of 3 permits free');
    expect(syncSummary('Semaphore', 'semaphore', { value: 1 }, name)).toBe('1 permit free');
  });

  it('names a lock’s holder', () => {
    expect(syncSummary('Lock', 'Lock()', { locked: true, holder: 2, waiters: 1 }, name)).toBe('held by Task-2');
    expect(syncSummary('Lock', 'Lock()', { locked: false, holder: null }, name)).toBe('free');
  });

  it('counts queue items against maxsize, and work not yet done', () => {
    expect(syncSummary('Queue', 'Queue(maxsize=5)', { size: 2, maxsize: 5, unfinished: 3 }, name)).toBe('2 of 5 items, 3 not yet done');
    expect(syncSummary('LifoQueue', 'LifoQueue()', { size: 1, maxsize: 0, unfinished: 1 }, name)).toBe('1 item');
  });

  it('covers events, conditions, barriers and anything new', () => {
    expect(syncSummary('Event', 'Event()', { set: false }, name)).toBe('not set');
    expect(syncSummary('Condition', 'Condition()', { locked: true }, name)).toBe('its lock is held');
    expect(syncSummary('Barrier', 'Barrier(3)', { parties: 3, waiting: 2 }, name)).toBe('2 of 3 arrived');
    expect(syncSummary('Gizmo', 'Gizmo()', { level: 4, waiters: 1 }, name)).toBe('level 4');
  });
});
