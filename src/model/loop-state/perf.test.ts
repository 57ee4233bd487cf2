import { expect, it } from 'vitest';
import { DEFAULT_RUN_OPTIONS, TRACE_FORMAT, TRACE_VERSION, type TaskInfo, type Trace, type TraceEvent } from '../../protocol/trace.ts';
import { stateViolations } from './invariants.ts';
import { buildLoopIndex, stateAt } from './loop-index.ts';
import { applyEvent } from './reducer.ts';
import { emptyWorking } from './working.ts';
import { toLoopState } from './snapshot.ts';

/**
 * A 200,000-event run shaped like a real one: 500 workers behind a semaphore, each
 * sleeping 10 ms per round for 100 rounds (4 events per worker per round). Times are
 * reported, not asserted: CI machines vary too much for a threshold to mean anything.
 */
function syntheticTrace(workers: number, rounds: number): Trace {
  const events: TraceEvent[] = [];
  const tasks: TaskInfo[] = [
    { id: 0, kind: 'main', name: '<main>', coroutine: null, parent: null, created: 0, createdLine: null, finished: null, state: 'finished' },
    { id: 1, kind: 'task', name: 'Task-1', coroutine: 'main', parent: 0, created: 0, createdLine: 9, finished: null, state: 'finished' },
  ];
  const ev = (e: TraceEvent) => events.push(e);
  ev({ t: 0, type: 'resume', task: 0, line: null });
  ev({ t: 0, type: 'create', task: 1, line: 9, parent: 0 });
  ev({ t: 0, type: 'ready', task: 1, line: null });
  ev({ t: 0, type: 'suspend', task: 0, line: 9, wait: { kind: 'event-loop', label: 'event loop running' } });
  ev({ t: 0, type: 'resume', task: 1, line: 5 });
  ev({ t: 0, type: 'object', task: 1, line: 6, obj: 1, kind: 'Semaphore', label: `Semaphore(${workers})`, state: { value: workers, waiters: 0 } });
  const ids = Array.from({ length: workers }, (_, i) => i + 2);
  for (const id of ids) {
    tasks.push({ id, kind: 'task', name: `Task-${id}`, coroutine: 'worker', parent: 1, created: 0, createdLine: 7, finished: null, state: 'finished' });
    ev({ t: 0, type: 'create', task: id, line: 7, parent: 1 });
    ev({ t: 0, type: 'ready', task: id, line: null });
  }
  ev({ t: 0, type: 'suspend', task: 1, line: 7, wait: { kind: 'gather', label: `gather(${workers} tasks)`, targets: ids } });
  for (let r = 0; r <= rounds; r++) {
    const t = r / 100;
    if (r > 0) for (const id of ids) ev({ t, type: 'ready', task: id, line: null });
    for (const id of ids) {
      ev({ t, type: 'resume', task: id, line: 3 });
      if (r === rounds) {
        ev({ t, type: 'finish', task: id, line: null, result: 'None' });
        continue;
      }
      ev({ t, type: 'sync', task: id, line: 3, obj: 1, state: { value: workers - 1, waiters: 0 } });
      ev({ t, type: 'suspend', task: id, line: 4, wait: { kind: 'sleep', label: 'sleep(0.01)', until: (r + 1) / 100 } });
    }
  }
  const end = rounds / 100;
  for (const [id, type] of [[1, 'ready'], [1, 'resume'], [1, 'finish'], [0, 'resume'], [0, 'finish']] as const) {
    ev(type === 'finish' ? { t: end, type, task: id, line: null, result: 'None' } : { t: end, type, task: id, line: null });
  }
  for (const task of tasks) task.finished = end;
  return {
    format: TRACE_FORMAT, version: TRACE_VERSION, tasks, events, output: [],
    outcome: { status: 'ok', virtualTime: end, exitCode: 0, summary: 'synthetic' },
    meta: { python: '3.14', engine: 'synthetic', wallMs: 0, options: DEFAULT_RUN_OPTIONS },
  };
}

/** [milliseconds, result] */
function timed<T>(run: () => T): [number, T] {
  const start = performance.now();
  const result = run();
  return [performance.now() - start, result];
}

it('builds the loop index for a synthetic 200,000-event trace (times in the console)', () => {
  const trace = syntheticTrace(500, 100);
  expect(trace.events.length).toBeGreaterThan(200_000);

  // The first build pays for JIT warm-up, as a page's first trace does; the second is steady state.
  const [cold, loop] = timed(() => buildLoopIndex(trace));
  const [warm] = timed(() => buildLoopIndex(trace));

  // Random access, the way scrubbing and stepping back use it: 200 evenly spaced indices, visited scrambled.
  const samples = Array.from({ length: 200 }, (_, k) => Math.floor(((k * 7919) % 200) / 200 * trace.events.length));
  const t1 = performance.now();
  for (const i of samples) stateAt(loop, i);
  const perStateMs = (performance.now() - t1) / samples.length;
  console.log(`loop index: ${trace.events.length} events, ${loop.checkpoints.length} checkpoints; built in ${cold.toFixed(0)} ms cold, ${warm.toFixed(0)} ms warm; stateAt ≈ ${perStateMs.toFixed(2)} ms`);

  // Spot-check: random access agrees with a plain forward fold, and the states are sane.
  const w = emptyWorking();
  const wanted = new Set(samples.filter((_, k) => k % 20 === 0));
  trace.events.forEach((ev, i) => {
    applyEvent(w, ev, i);
    if (!wanted.has(i)) return;
    const forward = toLoopState(w);
    expect(stateAt(loop, i)).toStrictEqual(forward);
    expect(stateViolations(forward, trace)).toEqual([]);
  });
});
