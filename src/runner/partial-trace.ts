/** A trace assembled from streamed batches, for a run whose worker had to be ended. Pure. */
import type { OutputLine, Outcome, RunOptions, TaskInfo, Trace, TraceEvent } from '../protocol/trace.ts';

export interface BatchAccumulator {
  events: TraceEvent[];
  output: OutputLine[];
  tasks: Map<number, TaskInfo>;
}

export const emptyAccumulator = (): BatchAccumulator => ({ events: [], output: [], tasks: new Map() });

export function addBatch(acc: BatchAccumulator, batch: { events: TraceEvent[]; output: OutputLine[]; tasks: TaskInfo[] }): void {
  for (const e of batch.events) acc.events.push(e);
  for (const o of batch.output) acc.output.push(o);
  for (const t of batch.tasks) acc.tasks.set(t.id, t);
}

export function partialTrace(acc: BatchAccumulator, outcome: Pick<Outcome, 'status' | 'summary' | 'limit'>, options: RunOptions, wallMs: number): Trace {
  const last = acc.events.at(-1)?.t ?? 0;
  const tasks: TaskInfo[] = acc.tasks.size
    ? [...acc.tasks.values()]
    : [{ id: 0, kind: 'main', name: '<main>', coroutine: null, parent: null, created: 0, createdLine: null, finished: null, state: 'pending' }];
  return {
    format: 'loopscope-trace',
    version: 1,
    outcome: {
      ...outcome,
      virtualTime: last,
      exitCode: 1,
      truncated: `The runtime was ended, so the trace stops at the last batch it streamed (${acc.events.length.toLocaleString('en')} events).`,
    },
    tasks,
    events: acc.events,
    output: acc.output,
    meta: { python: '', engine: 'loopscope', wallMs, options },
  };
}
