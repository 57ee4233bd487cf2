/**
 * What must hold of every loop state, and of every step from one to the next. Returns
 * readable violations instead of throwing, so a test (or a trace-checking script over
 * the whole corpus) can report them all. A violation means the trace or the reducer is wrong.
 */
import type { Trace, TraceEvent } from '../../protocol/trace.ts';
import type { LoopState } from './types.ts';

/** Violations of the rules one state must obey on its own. */
export function stateViolations(s: LoopState, trace: Trace): string[] {
  const out: string[] = [];
  const bad = (msg: string) => out.push(`after event ${s.index} (t=${s.t}): ${msg}`);
  const kindOf = new Map(trace.tasks.map((task) => [task.id, task.kind]));

  // Each task sits in at most one place; no list repeats a task.
  const place = new Map<number, string>();
  const put = (task: number, where: string) => {
    if (!kindOf.has(task)) bad(`unknown task ${task} in ${where}`);
    const before = place.get(task);
    if (before !== undefined) bad(`task ${task} is both ${before} and ${where}`);
    place.set(task, where);
  };
  if (s.running !== null) put(s.running, 'running');
  for (const task of s.ready) put(task, 'ready');
  for (const wait of s.waiting) put(wait.task, `waiting on ${wait.label}`);
  for (const task of s.finished) put(task, 'finished');
  for (const task of s.cancelled) put(task, 'cancelled');
  for (const task of s.failed) put(task, 'failed');

  for (const wait of s.waiting) {
    if (wait.since > s.t) bad(`task ${wait.task} waits since ${wait.since}, in the future`);
    if (wait.until !== undefined && wait.until < wait.since) bad(`task ${wait.task}'s timer is due before it was set`);
    if (wait.object !== undefined && !s.objects.some((o) => o.obj === wait.object)) bad(`task ${wait.task} waits on unknown object ${wait.object}`);
  }
  for (let i = 1; i < s.timers.length; i++) if (s.timers[i]!.due < s.timers[i - 1]!.due) bad('timers are not sorted by due time');
  for (const timer of s.timers) {
    if (!s.waiting.some((w) => w.task === timer.task && w.until === timer.due)) bad(`timer for task ${timer.task} has no matching wait`);
  }
  for (const task of s.cancelRequested) if (/^(finished|cancelled|failed)$/.test(place.get(task) ?? '')) bad(`finished task ${task} still has a cancel pending`);

  for (const o of s.objects) {
    for (const task of o.waiters) {
      if (!s.waiting.some((w) => w.task === task && w.object === o.obj)) bad(`${o.label} lists waiter ${task}, who is not waiting on it`);
    }
    out.push(...syncViolations(o.kind, o.state, kindOf).map((msg) => `after event ${s.index}: ${o.label}: ${msg}`));
  }

  if (s.blocked && (s.blocked.since > s.t || (s.blocked.until <= s.t && s.blocked.since !== s.t))) bad(`blocked span ${s.blocked.since}–${s.blocked.until} does not cover t`);
  for (const span of s.threads) {
    if (kindOf.get(span.thread) !== 'thread') bad(`thread span on non-thread lane ${span.thread}`);
    if (span.since > s.t || (span.until <= s.t && span.since !== s.t)) bad(`thread span ${span.since}–${span.until} does not cover t`);
  }
  return out;
}

/** Per kind: the state the runtime reports must make sense (permits never negative, ...). */
function syncViolations(kind: string, state: Record<string, unknown>, kindOf: ReadonlyMap<number, string>): string[] {
  const out: string[] = [];
  const num = (key: string) => (typeof state[key] === 'number' ? (state[key] as number) : null);
  if (kind === 'Semaphore' || kind === 'BoundedSemaphore') {
    if ((num('value') ?? 0) < 0) out.push(`negative permits (${state.value})`);
  } else if (kind === 'Lock') {
    if (state.locked !== (state.holder !== null)) out.push(`locked=${state.locked} but holder=${state.holder}`);
    if (typeof state.holder === 'number' && !kindOf.has(state.holder)) out.push(`held by unknown task ${state.holder}`);
  } else if (kind.endsWith('Queue')) {
    const size = num('size') ?? 0;
    const maxsize = num('maxsize') ?? 0;
    if (size < 0 || (maxsize > 0 && size > maxsize)) out.push(`size ${size} outside 0…${maxsize}`);
    if (size > (num('unfinished') ?? size)) out.push(`more items (${size}) than unfinished (${state.unfinished})`);
  } else if (kind === 'Barrier') {
    const waiting = num('waiting') ?? 0;
    if (waiting < 0 || waiting > (num('parties') ?? waiting)) out.push(`${waiting} waiting of ${state.parties} parties`);
  }
  for (const [key, value] of Object.entries(state)) {
    if (typeof value === 'number' && key !== 'holder' && value < 0) out.push(`${key} is negative`);
  }
  return out;
}

/** Violations of how one event may move the loop from `prev` to `next`. */
export function stepViolations(prev: LoopState, next: LoopState, ev: TraceEvent): string[] {
  const out: string[] = [];
  const bad = (msg: string) => out.push(`event ${next.index} (${ev.type} task ${ev.task} at t=${ev.t}): ${msg}`);
  if (next.index !== prev.index + 1) bad(`index jumped from ${prev.index} to ${next.index}`);
  if (next.t < prev.t) bad(`time went back from ${prev.t}`);
  if (ev.type === 'resume') {
    if (prev.running !== null) bad(`resumed while task ${prev.running} was running`);
    // The loop runs its ready queue first in, first out.
    if (prev.ready.includes(ev.task) && prev.ready[0] !== ev.task) bad(`resumed ahead of ${prev.ready[0]} (ready: ${prev.ready.join(', ')})`);
    if (next.running !== ev.task) bad('did not become the running task');
  }
  if ((ev.type === 'suspend' || ev.type === 'finish' || ev.type === 'error' || ev.type === 'cancelled') && prev.running !== ev.task) {
    bad(`task was not running (running: ${prev.running})`);
  }
  return out;
}
