import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build-model.ts';
import { buildLoopIndex, eventIndexAtTime, stateAt } from '../../model/loop-state/index.ts';
import semaphoreJson from '../../model/loop-state/fixtures/semaphore.json';
import timeSleepJson from '../../model/loop-state/fixtures/time-sleep-blocks.json';
import type { Trace } from '../../protocol/trace.ts';
import { loopPanelView } from './loop-panel-view.ts';

function at(json: unknown, pick: (trace: Trace) => number) {
  const trace = json as Trace;
  const index = pick(trace);
  return loopPanelView(stateAt(buildLoopIndex(trace), index), buildModel(trace));
}

describe('loopPanelView on the seed semaphore snippet', () => {
  it('shows three sleepers, seven in line for the semaphore, and three timers', () => {
    const view = at(semaphoreJson, (t) => eventIndexAtTime(t, 0));
    expect(view.running).toBeNull();
    expect(view.idle).toBe('Idle until the next timer, at 1.0 s.');
    expect(view.waiting.filter((w) => w.label === 'Semaphore.acquire()')).toHaveLength(7);
    expect(view.timers.map((t) => t.due)).toEqual([1, 1, 1]);
    const [sem] = view.objects;
    expect(sem).toMatchObject({ label: 'Semaphore(3)', summary: '0 of 3 permits free' });
    expect(sem!.waiters.map((w) => w.name)).toEqual(view.waiting.filter((w) => w.label === 'Semaphore.acquire()').map((w) => w.task.name));
    expect(view.waiting.find((w) => w.label === 'sleep(1)')!.task.call).toMatch(/^worker\(/);
  });

  it('names the event and the step count', () => {
    const view = at(semaphoreJson, () => 0);
    expect([view.index, view.count]).toEqual([0, (semaphoreJson as unknown as Trace).events.length]);
    expect(view.what).toBe('main program runs');
    expect(at(semaphoreJson, () => -1)).toMatchObject({ what: null, idle: 'The program has not started yet.' });
  });

  it('ends with everyone done', () => {
    const view = at(semaphoreJson, (t) => t.events.length - 1);
    expect(view.done.finished).toBe(12);
    expect(view.idle).toBe('The program has ended.');
  });
});

describe('loopPanelView on a blocked loop', () => {
  it('says who blocks it and until when', () => {
    const view = at(timeSleepJson, (t) => t.events.findIndex((ev) => ev.type === 'block' && ev.t > 0));
    expect(view.blocked).toMatchObject({ call: 'time.sleep(0.3)', until: 0.4 });
    expect(view.running?.name).toBe(view.blocked!.task.name);
  });
});
