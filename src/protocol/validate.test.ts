import { describe, expect, it } from 'vitest';
import { validateTrace, validateWorkerMessage } from './validate.ts';

const trace = {
  format: 'loopscope-trace',
  version: 1,
  outcome: { status: 'ok', virtualTime: 1, exitCode: 0, summary: 'fine' },
  tasks: [{ id: 0, kind: 'main', name: '<main>', coroutine: null, parent: null, created: 0, createdLine: null, finished: 1, state: 'finished' }],
  events: [
    { t: 0, type: 'resume', task: 0, line: null },
    { t: 0, type: 'suspend', task: 0, line: 3, wait: { kind: 'sleep', label: 'sleep(1)' } },
    { t: 0, type: 'block', task: 0, line: 3, end: 1, call: 'time.sleep(1)' },
  ],
  output: [{ t: 1, task: 0, stream: 'stdout', text: 'hi' }],
  meta: { python: '3.14.2', engine: 'loopscope', wallMs: 1, options: {} },
};

describe('validateWorkerMessage', () => {
  it('accepts well-formed messages', () => {
    expect(validateWorkerMessage({ type: 'ready', v: 1, python: '3.14.2', bootMs: 100 }).ok).toBe(true);
    expect(validateWorkerMessage({ type: 'run-finished', v: 1, runId: 3, trace }).ok).toBe(true);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'eval', v: 1, code: 'alert(1)' }],
    ['wrong version', { type: 'ready', v: 2, python: 'x', bootMs: 1 }],
    ['missing run id', { type: 'run-started', v: 1 }],
    ['bad event type', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, events: [{ t: 0, type: 'explode', task: 0, line: null }] } }],
    ['event without time', { type: 'run-batch', v: 1, runId: 1, events: [{ type: 'resume', task: 0, line: null }], output: [], tasks: [] }],
    ['block without end', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, events: [{ t: 0, type: 'block', task: 0, line: 1, call: 'x' }] } }],
    ['bad outcome status', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, outcome: { ...trace.outcome, status: 'pwned' } } }],
  ])('rejects %s', (_name, data) => {
    expect(validateWorkerMessage(data).ok).toBe(false);
  });
});

describe('validateTrace', () => {
  it('accepts a trace and rejects a damaged one', () => {
    expect(validateTrace(trace)).toEqual({ ok: true });
    expect(validateTrace({ ...trace, format: 'other' }).ok).toBe(false);
  });
});
