import { describe, expect, it } from 'vitest';
import { secs } from '../units/time.ts';
import { buildModel } from './build-model.ts';
import { dumpModel } from './dump.ts';
import { FIXTURES } from './fixtures/index.ts';
import { manyTasksTrace } from './fixtures/many-tasks.ts';
import { segmentAt, segmentOf, segmentsAtLine, statesAt, markForOutput } from './queries.ts';
import { statsOf } from './stats.ts';
import { summarize } from './summary.ts';

describe('golden dumps', () => {
  for (const [name, make] of Object.entries(FIXTURES)) {
    it(name, () => {
      expect(dumpModel(buildModel(make().trace))).toMatchSnapshot();
    });
  }
});

describe('event loop: three tasks', () => {
  const model = buildModel(FIXTURES.eventLoop().trace);

  it('puts main on top and tasks under the task that created them', () => {
    expect(model.lanes.map((l) => `${'.'.repeat(l.depth)}${l.name}`)).toEqual(['<main>', '.Task-1', '..Task-2', '..Task-3', '..Task-4']);
  });

  it('labels each wait with what it awaits', () => {
    const b = model.segments[model.rowOf.get(3)!]!.filter((s) => s.kind === 'waiting');
    expect(b.map((s) => [s.label, s.start, s.end])).toEqual([['sleep(1)', 0, 1]]);
  });

  it('answers "what is everyone doing at 1.5 s"', () => {
    const states = statesAt(model, secs(1.5)).map((s) => `${s.name}:${s.segment.kind}:${s.segment.label}`);
    expect(states).toEqual(['<main>:waiting:asyncio.run(main())', 'Task-1:waiting:gather(3 tasks)', 'Task-2:waiting:sleep(2)', 'Task-4:waiting:sleep(3)']);
  });

  it('links an editor line to every segment there', () => {
    const sleepLine = 5;
    const refs = segmentsAtLine(model, sleepLine).map((r) => segmentOf(model, r)!);
    expect(refs.filter((s) => s.kind === 'waiting').map((s) => s.task)).toEqual([2, 3, 4]);
  });

  it('hit-tests zero-length running ticks with a pixel tolerance', () => {
    const row = model.rowOf.get(3)!;
    const ref = segmentAt(model, row, secs(1.001), secs(0.01));
    expect(segmentOf(model, ref)?.kind).toBe('running');
    expect(segmentOf(model, segmentAt(model, row, secs(0.5), secs(0.01)))?.kind).toBe('waiting');
  });

  it('maps a console line to its print mark', () => {
    const hit = markForOutput(model, 1);
    expect(hit?.mark.text).toBe('Task B starting');
    expect(hit?.mark.line).toBe(4);
  });

  it('draws fan-out and fan-in links', () => {
    expect(model.links.filter((l) => l.kind === 'spawn' && l.from === 1).map((l) => l.to)).toEqual([2, 3, 4]);
    expect(model.links.filter((l) => l.kind === 'wake' && l.to === 1).map((l) => [l.from, l.t0])).toEqual([[2, 2], [3, 1], [4, 3]]);
  });

  it('summarizes the run in one sentence', () => {
    expect(summarize(model)).toBe('4 tasks ran, up to 4 at once; finished in 3.0 s.');
  });
});

describe('blocking the loop', () => {
  const model = buildModel(FIXTURES.blocking().trace);

  it('records one blocked span and shows the heartbeat ready but not running', () => {
    expect(model.blocked).toEqual([{ task: 3, start: 1, end: 3, call: 'time.sleep(2)', line: 11 }]);
    const h = model.segments[model.rowOf.get(2)!]!;
    const ready = h.filter((s) => s.kind === 'ready');
    expect(ready.map((s) => [s.start, s.end])).toEqual([[1, 3]]);
    expect(statsOf(model).get(2)!.ready).toBe(2);
  });

  it('mentions the block in the summary', () => {
    expect(summarize(model)).toContain('the loop was blocked for 2.0 s');
  });
});

describe('deadlock', () => {
  const model = buildModel(FIXTURES.queueDeadlock().trace);

  it('leaves the stuck consumer waiting, open-ended', () => {
    const b = model.segments[model.rowOf.get(4)!]!;
    const last = b[b.length - 1]!;
    expect([last.kind, last.label, last.start, last.open]).toEqual(['waiting', 'Queue.get()', 5.5, true]);
  });

  it('prints the twenty lines in order', () => {
    expect(model.trace.output).toHaveLength(20);
  });
});

describe('threads', () => {
  const model = buildModel(FIXTURES.toThread().trace);
  it('puts thread lanes last, with the work as a thread segment', () => {
    const lane = model.lanes[model.lanes.length - 1]!;
    expect(lane.kind).toBe('thread');
    expect(model.segments[lane.row]!.map((s) => [s.kind, s.start, s.end, s.label])).toEqual([['thread', 1, 3, 'blocking_function()']]);
    expect(model.blocked).toEqual([]);
  });
});

describe('scale', () => {
  // How fast is for `npm run bench` to say (no timed assertions: the machine is shared).
  it('builds a 10,000-task model', () => {
    const { trace } = manyTasksTrace(10_000);
    const model = buildModel(trace);
    expect(model.lanes).toHaveLength(10_002);
  });
});
