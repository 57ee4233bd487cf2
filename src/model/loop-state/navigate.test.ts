import { describe, expect, it } from 'vitest';
import type { Trace } from '../../protocol/trace.ts';
import gather from './fixtures/gather.json';
import lock from './fixtures/lock.json';
import toThread from './fixtures/to-thread.json';
import { eventIndexAtTime, nextEventOf, prevEventOf } from './navigate.ts';

const asTrace = (json: unknown) => json as Trace;

describe('eventIndexAtTime', () => {
  const trace = asTrace(gather);
  const last = trace.events.length - 1;

  it('lands on the last event at or before t', () => {
    expect(eventIndexAtTime(trace, -1)).toBe(-1);
    expect(eventIndexAtTime(trace, 0)).toBe(trace.events.findLastIndex((ev) => ev.t === 0));
    expect(eventIndexAtTime(trace, 0.5)).toBe(eventIndexAtTime(trace, 0));
    expect(eventIndexAtTime(trace, 1)).toBe(last);
    expect(eventIndexAtTime(trace, 99)).toBe(last);
  });

  it('treats float noise as the same instant (0.3 finds events at 0.30000000000000004)', () => {
    const t = asTrace(lock);
    const noisy = t.events.findLastIndex((ev) => ev.t === 0.30000000000000004);
    expect(eventIndexAtTime(t, 0.3)).toBe(noisy);
  });

  it('finds nothing in an empty trace', () => {
    expect(eventIndexAtTime({ events: [] }, 1)).toBe(-1);
  });
});

describe('nextEventOf / prevEventOf', () => {
  const trace = asTrace(gather);
  const ofTask2 = trace.events.flatMap((ev, i) => (ev.task === 2 ? [i] : []));

  it('walks one task’s events forward and back', () => {
    const forward: number[] = [];
    for (let i = nextEventOf(trace, -1, 2); i !== null; i = nextEventOf(trace, i, 2)) forward.push(i);
    expect(forward).toEqual(ofTask2);
    const back: number[] = [];
    for (let i = prevEventOf(trace, trace.events.length, 2); i !== null; i = prevEventOf(trace, i, 2)) back.push(i);
    expect(back).toEqual([...ofTask2].reverse());
  });

  it('returns null past either end, and for a task with no events', () => {
    expect(nextEventOf(trace, ofTask2.at(-1)!, 2)).toBeNull();
    expect(prevEventOf(trace, ofTask2[0]!, 2)).toBeNull();
    expect(nextEventOf(trace, -1, 999)).toBeNull();
  });

  it('steps a worker thread lane through the work it ran', () => {
    const t = asTrace(toThread);
    const lane = t.tasks.find((task) => task.kind === 'thread')!.id;
    const first = nextEventOf(t, -1, lane)!;
    expect(t.events[first]).toMatchObject({ type: 'thread', thread: lane });
  });
});
