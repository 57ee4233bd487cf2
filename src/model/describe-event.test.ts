import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../protocol/trace.ts';
import { describeEvent } from './describe-event.ts';

const name = (task: number) => (task === 0 ? 'main program' : `Task-${task}`);
const at = { t: 1, task: 2, line: 5 };

describe('describeEvent', () => {
  it('says what happened in a few words', () => {
    const cases: Array<[TraceEvent, string]> = [
      [{ ...at, type: 'suspend', wait: { kind: 'sleep', label: 'sleep(1)', until: 2 } }, 'Task-2 awaits sleep(1)'],
      [{ ...at, task: 0, type: 'suspend', wait: { kind: 'event-loop', label: 'event loop' } }, 'main program starts the event loop'],
      [{ ...at, type: 'finish', result: "'done'" }, "Task-2 returns 'done'"],
      [{ ...at, type: 'finish', result: 'None' }, 'Task-2 returns'],
      [{ ...at, type: 'block', end: 1.5, call: 'time.sleep(0.5)' }, 'Task-2 blocks the loop for 500 ms: time.sleep(0.5)'],
      [{ ...at, type: 'thread', end: 2, thread: 7, fn: 'blocking()' }, 'Task-7 runs blocking() for Task-2'],
      [{ ...at, type: 'print', stream: 'stdout', text: 'hi' }, 'Task-2 prints “hi”'],
    ];
    for (const [ev, text] of cases) expect(describeEvent(ev, name)).toBe(text);
  });

  it('names sync objects by their label', () => {
    const ev: TraceEvent = { ...at, type: 'sync', obj: 4, state: { value: 2 } };
    expect(describeEvent(ev, name, new Map([[4, 'Semaphore(3)']]))).toBe('Semaphore(3) changes');
    expect(describeEvent(ev, name)).toBe('object 4 changes');
  });
});
