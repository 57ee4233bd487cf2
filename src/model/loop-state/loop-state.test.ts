import { describe, expect, it } from 'vitest';
import type { Trace } from '../../protocol/trace.ts';
import { stateViolations, stepViolations } from './invariants.ts';
import { buildLoopIndex, stateAt } from './loop-index.ts';
import { applyEvent } from './reducer.ts';
import { emptyWorking } from './working.ts';
import { toLoopState } from './snapshot.ts';
import type { LoopState } from './types.ts';

/**
 * Every real trace in fixtures/ (scripts/make-trace-fixtures.sh), walked event by event:
 * the invariants hold at every step, and random access (what stepping back uses) gives
 * exactly the states the forward walk produced.
 */
const fixtures = import.meta.glob<Trace>('./fixtures/*.json', { eager: true, import: 'default' });
const cases = Object.entries(fixtures).map(([path, trace]) => [path.replace(/^.*\/|\.json$/g, ''), trace] as const);

/** states[i + 1] is the state after event i; states[0] is before the first. */
function walkForward(trace: Trace): LoopState[] {
  const w = emptyWorking();
  const states = [toLoopState(w)];
  trace.events.forEach((ev, i) => {
    applyEvent(w, ev, i);
    states.push(toLoopState(w));
  });
  return states;
}

describe.each(cases)('%s', (_name, trace) => {
  const forward = walkForward(trace);

  it('keeps every invariant at every step', () => {
    const violations = forward.flatMap((s) => stateViolations(s, trace));
    trace.events.forEach((ev, i) => violations.push(...stepViolations(forward[i]!, forward[i + 1]!, ev)));
    expect(violations).toEqual([]);
  });

  it.each([1, 7, 1000])('steps backward to exactly the forward states (checkpoint every %i)', (every) => {
    const loop = buildLoopIndex(trace, every);
    for (let i = trace.events.length - 1; i >= -1; i--) expect(stateAt(loop, i)).toStrictEqual(forward[i + 1]);
  });

  it('steps forward from the last answer (as playback does) to exactly the forward states', () => {
    const loop = buildLoopIndex(trace, 1000);
    for (let i = -1; i < trace.events.length; i++) expect(stateAt(loop, i)).toStrictEqual(forward[i + 1]);
    // A step back and forward again, and a state handed out earlier, are untouched by later steps.
    const n = trace.events.length;
    const held = stateAt(loop, Math.floor(n / 3));
    const copy = structuredClone(held);
    stateAt(loop, Math.floor(n / 3) - 1);
    stateAt(loop, n - 2);
    expect(held).toStrictEqual(copy);
  });

  it('jumps around in any order and still agrees', () => {
    const loop = buildLoopIndex(trace, 5);
    const n = trace.events.length;
    for (const i of [n - 1, 0, Math.floor(n / 2), -1, 3, n - 2, 1]) expect(stateAt(loop, i)).toStrictEqual(forward[i + 1]);
    expect(stateAt(loop, n + 10)).toStrictEqual(forward[n]);
    expect(stateAt(loop, -5)).toStrictEqual(forward[0]);
  });

  it('is plain data (JSON round-trips)', () => {
    for (const s of forward) expect(JSON.parse(JSON.stringify(s))).toStrictEqual(s);
  });

  it('ends the way the trace says each task ended', () => {
    const end = forward.at(-1)!;
    const ended = (state: string) => trace.tasks.filter((t) => t.kind !== 'thread' && t.state === state).map((t) => t.id).sort((a, b) => a - b);
    const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
    expect(sorted(end.finished)).toEqual(ended('finished'));
    expect(sorted(end.cancelled)).toEqual(ended('cancelled'));
    expect(sorted(end.failed)).toEqual(ended('failed'));
    expect(end.running).toBeNull();
    expect(end.ready).toEqual([]);
    expect(end.blocked).toBeNull();
    if (trace.outcome.status === 'deadlock') {
      expect(sorted(end.waiting.map((w) => w.task))).toEqual(sorted(trace.outcome.deadlock!.map((d) => d.task)));
    } else {
      expect(end.waiting).toEqual([]);
      expect(end.loopRunning).toBe(false);
    }
  });
});
