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

  it('keeps the worker\'s boot timeline, and checks it', () => {
    const timeline = { created: 1, evaluated: 2, init: 3, files: 4, ready: 5 };
    const ok = validateWorkerMessage({ type: 'ready', v: 1, python: '3.14.2', bootMs: 100, timeline });
    expect(ok.ok && ok.message.type === 'ready' && ok.message.timeline).toEqual(timeline);
    expect(validateWorkerMessage({ type: 'ready', v: 1, python: '3.14.2', bootMs: 100, timeline: { ...timeline, ready: 'soon' } }).ok).toBe(false);
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
    // Tasks and output lines are checked field by field (by hand, not zod: 50,000 of them).
    ['task without a name', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, tasks: [{ ...trace.tasks[0], name: 7 }] } }],
    ['task with a bad kind', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, tasks: [{ ...trace.tasks[0], kind: 'process' }] } }],
    ['task with a negative id', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, tasks: [{ ...trace.tasks[0], id: -1 }] } }],
    ['task missing finished', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, tasks: [{ ...trace.tasks[0], finished: undefined }] } }],
    ['task with an infinite time', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, tasks: [{ ...trace.tasks[0], created: Infinity }] } }],
    ['task with an object for its result', { type: 'run-batch', v: 1, runId: 1, events: [], output: [], tasks: [{ ...trace.tasks[0], result: {} }] }],
    ['tasks not an array', { type: 'run-batch', v: 1, runId: 1, events: [], output: [], tasks: {} }],
    ['output with a bad stream', { type: 'run-batch', v: 1, runId: 1, events: [], tasks: [], output: [{ t: 0, task: 0, stream: 'stdin', text: 'x' }] }],
    ['output without text', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, output: [{ t: 1, task: 0, stream: 'stdout' }] } }],
    ['output with a non-boolean partial', { type: 'run-finished', v: 1, runId: 1, trace: { ...trace, output: [{ ...trace.output[0], partial: 1 }] } }],
  ])('rejects %s', (_name, data) => {
    expect(validateWorkerMessage(data).ok).toBe(false);
  });
});

describe('validateTrace', () => {
  it('accepts a trace and rejects a damaged one', () => {
    expect(validateTrace(trace)).toEqual({ ok: true });
    expect(validateTrace({ ...trace, format: 'other' }).ok).toBe(false);
    expect(validateTrace({ ...trace, tasks: [null] }).ok).toBe(false);
    expect(validateTrace({ ...trace, output: [{ ...trace.output[0], t: Number.NaN }] }).ok).toBe(false);
  });

  it('accepts optional task fields and a partial last line', () => {
    const task = { ...trace.tasks[0], id: 1, kind: 'task', parent: 0, coroutine: 'main', args: '', result: 'None', createdLine: 3 };
    expect(validateTrace({ ...trace, tasks: [trace.tasks[0], task, { ...task, id: 2, state: 'failed', error: 'ValueError: x', finished: null }] })).toEqual({ ok: true });
    expect(validateTrace({ ...trace, output: [{ ...trace.output[0], partial: true }] })).toEqual({ ok: true });
  });

  it('hands on the rows as they came: checked, not copied', () => {
    const message = { type: 'run-finished', v: 1, runId: 1, trace };
    const checked = validateWorkerMessage(message);
    expect(checked.ok && checked.message.type === 'run-finished' && checked.message.trace.tasks).toBe(trace.tasks);
  });
});
