import { describe, expect, it } from 'vitest';
import type { Trace } from '../protocol/trace.ts';
import { buildModel } from './build-model.ts';
import { diagnostics } from './diagnostics.ts';
import { dumpModel } from './dump.ts';

/**
 * Golden dumps of real runs: gallery examples recorded with `npx loopscope run FILE --json`
 * (meta.wallMs zeroed). When the engine changes what it emits, these diffs read like a story.
 */
const recorded = import.meta.glob<Trace>('./fixtures/recorded/*.json', { eager: true, import: 'default' });

describe('recorded runs', () => {
  for (const [path, trace] of Object.entries(recorded)) {
    const name = path.replace(/^.*\//, '').replace('.json', '');
    it(name, () => {
      expect(dumpModel(buildModel(trace))).toMatchSnapshot();
    });
  }

  it('shows the blocked loop and the heartbeat kept waiting', () => {
    const model = buildModel(recorded['./fixtures/recorded/blocking.json']!);
    expect(model.blocked.map((b) => [b.start, b.end, b.call])).toEqual([[1, 3, 'time.sleep(2)']]);
    const heartbeat = model.segments[model.rowOf.get(2)!]!;
    expect(heartbeat.filter((s) => s.kind === 'ready').map((s) => [s.start, s.end])).toEqual([[1, 3]]);
  });

  it('leaves the deadlocked consumer waiting forever, and marks its line', () => {
    const trace = recorded['./fixtures/recorded/producer-consumer-broken.json']!;
    const model = buildModel(trace);
    const stuck = model.segments[model.rowOf.get(4)!]!.at(-1)!;
    expect([stuck.kind, stuck.label, stuck.open]).toEqual(['waiting', 'Queue.get()', true]);
    expect(diagnostics(trace, '\n'.repeat(40)).map((d) => d.line)).toContain(12);
  });

  it('puts the worker thread on its own lane, last', () => {
    const model = buildModel(recorded['./fixtures/recorded/executor.json']!);
    const lane = model.lanes.at(-1)!;
    expect(lane.kind).toBe('thread');
    expect(model.segments[lane.row]!.map((s) => [s.kind, s.start, s.end])).toEqual([['thread', 1, 3]]);
  });
});
