import { describe, expect, it } from 'vitest';
import { DEFAULT_RUN_OPTIONS } from '../protocol/trace.ts';
import { addBatch, emptyAccumulator, partialTrace } from './partial-trace.ts';

describe('partialTrace', () => {
  it('assembles streamed batches into a trace that says it was cut short', () => {
    const acc = emptyAccumulator();
    addBatch(acc, {
      events: [{ t: 0, type: 'resume', task: 0, line: null }],
      output: [{ t: 0, task: 0, stream: 'stdout', text: 'a' }],
      tasks: [{ id: 0, kind: 'main', name: '<main>', coroutine: null, parent: null, created: 0, createdLine: null, finished: null, state: 'pending' }],
    });
    addBatch(acc, { events: [{ t: 2, type: 'print', task: 0, line: 1, stream: 'stdout', text: 'b' }], output: [{ t: 2, task: 0, stream: 'stdout', text: 'b' }], tasks: [] });
    const trace = partialTrace(acc, { status: 'stopped', summary: 'Stopped by you.' }, DEFAULT_RUN_OPTIONS, 12);
    expect(trace.outcome).toMatchObject({ status: 'stopped', virtualTime: 2, exitCode: 1, truncated: expect.stringContaining('2 events') });
    expect(trace.output.map((o) => o.text)).toEqual(['a', 'b']);
    expect(trace.tasks).toHaveLength(1);
  });

  it('still has the main lane when nothing was streamed', () => {
    const trace = partialTrace(emptyAccumulator(), { status: 'limit', summary: 'x', limit: { kind: 'wall-clock', message: 'x', line: null } }, DEFAULT_RUN_OPTIONS, 1);
    expect(trace.tasks.map((t) => t.id)).toEqual([0]);
  });
});
