import { describe, expect, it } from 'vitest';
import type { Trace } from '../protocol/trace.ts';
import type { ChromeTrace, ChromeTraceEvent, CompleteEvent, FlowEvent, InstantEvent } from './chrome-trace-format.ts';
import { chromeTraceFileName, PROCESS_NAME, tidOf, toChromeTrace } from './chrome-trace.ts';

/** Real runs, shared with the loop-state model (scripts/make-trace-fixtures.sh). */
const fixtures = import.meta.glob<Trace>('../model/loop-state/fixtures/*.json', { eager: true, import: 'default' });
const fixture = (name: string) => fixtures[`../model/loop-state/fixtures/${name}.json`]!;
const cases = Object.entries(fixtures).map(([path, trace]) => [path.replace(/^.*\/|\.json$/g, ''), trace] as const);

const slices = (out: ChromeTrace) => out.traceEvents.filter((e): e is CompleteEvent => e.ph === 'X');
const instants = (out: ChromeTrace) => out.traceEvents.filter((e): e is InstantEvent => e.ph === 'i');
const flows = (out: ChromeTrace) => out.traceEvents.filter((e): e is FlowEvent => e.ph === 's' || e.ph === 'f');
/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
const threadNames = (out: ChromeTrace) =>
  new Map(out.traceEvents.flatMap((e) => (e.ph === 'M' && e.name === 'thread_name' && 'name' in e.args ? [[e.tid, e.args.name] as const] : [])));

describe.each(cases)('%s as a Chrome trace', (_name, trace) => {
  const out = toChromeTrace(trace);

  it('has ph, ts, pid and tid on every event, and never a negative duration', () => {
    for (const e of out.traceEvents as ChromeTraceEvent[]) {
      expect(typeof e.ph).toBe('string');
      for (const key of ['ts', 'pid', 'tid'] as const) expect(Number.isFinite(e[key]), `${key} of ${JSON.stringify(e)}`).toBe(true);
      if (e.ph === 'X') expect(e.dur).toBeGreaterThanOrEqual(0);
    }
  });

  it('names one process and every track it uses', () => {
    const processes = out.traceEvents.filter((e) => e.ph === 'M' && e.name === 'process_name');
    expect(processes).toEqual([expect.objectContaining({ args: { name: PROCESS_NAME } })]);
    const named = threadNames(out);
    for (const e of out.traceEvents) if (e.ph !== 'M') expect(named.has(e.tid), `track ${e.tid}`).toBe(true);
  });

  it('keeps the slices of one track from overlapping, so viewers nest nothing', () => {
    const byTrack = groupBy(slices(out), (e) => e.tid);
    for (const track of byTrack.values()) {
      for (let i = 1; i < track.length; i++) expect(track[i]!.ts).toBeGreaterThanOrEqual(track[i - 1]!.ts + track[i - 1]!.dur);
    }
  });

  it('pairs every flow start with one finish, later in time', () => {
    const byId = groupBy(flows(out), (e) => e.id);
    for (const pair of byId.values()) {
      expect(pair.map((e) => e.ph)).toEqual(['s', 'f']);
      expect(pair[1]!.ts).toBeGreaterThanOrEqual(pair[0]!.ts);
      expect(pair[1]!.bp).toBe('e');
    }
  });

  it('round-trips through JSON.stringify', () => {
    expect(JSON.parse(JSON.stringify(out))).toStrictEqual(out);
  });
});

describe('seed/02_async_gather in Perfetto', () => {
  const out = toChromeTrace(fixture('gather'));

  it('names the tracks like the timeline lanes', () => {
    expect([...threadNames(out).values()]).toEqual(['<main>', 'Task-1 · main', 'Task-2 · fetch_data', 'Task-3 · fetch_data', 'Task-4 · fetch_data']);
  });

  it('draws the one-second sleeps as wait slices, in microseconds', () => {
    const sleeps = slices(out).filter((e) => e.cat === 'wait' && e.name === 'sleep(1)');
    expect(sleeps.map((e) => [e.tid, e.ts, e.dur])).toEqual([2, 3, 4].map((task) => [tidOf(task), 0, 1_000_000]));
    expect(slices(out).find((e) => e.tid === tidOf(2) && e.cat === 'running')?.name).toBe('fetch_data');
  });

  it('links gather to each child it waited for', () => {
    const starts = flows(out).filter((e) => e.ph === 's');
    const ends = flows(out).filter((e) => e.ph === 'f');
    expect(starts.map((e) => [e.tid, e.ts])).toEqual([[tidOf(1), 0], [tidOf(1), 0], [tidOf(1), 0]]);
    expect(ends.map((e) => [e.tid, e.ts])).toEqual([2, 3, 4].map((task) => [tidOf(task), 1_000_000]));
  });
});

describe('other runs in Perfetto', () => {
  it('shows a blocked loop on the blocking task’s track', () => {
    const out = toChromeTrace(fixture('time-sleep-blocks'));
    const blocked = slices(out).filter((e) => e.cat === 'blocked');
    expect(blocked[0]).toMatchObject({ name: 'time.sleep(0.3) — loop blocked', tid: tidOf(2), ts: 100_000, dur: 300_000 });
  });

  it('puts worker threads on their own named tracks', () => {
    const trace = fixture('to-thread');
    const out = toChromeTrace(trace);
    const lanes = trace.tasks.filter((t) => t.kind === 'thread');
    for (const lane of lanes) expect(threadNames(out).get(tidOf(lane.id))).toBe(lane.name);
    const work = slices(out).filter((e) => e.cat === 'thread');
    expect(new Set(work.map((e) => e.tid))).toEqual(new Set(lanes.map((l) => tidOf(l.id))));
    expect(work[0]).toMatchObject({ name: 'blocking', dur: 200_000, args: { forTask: 'Task-2 · to_thread' } });
  });

  it('marks prints and the cancel request as instants', () => {
    const out = toChromeTrace(fixture('cancellation'));
    const cats = new Set(instants(out).map((e) => e.cat));
    expect([...cats].sort()).toEqual(['cancel', 'cancelled', 'print']);
    expect(instants(out).find((e) => e.cat === 'cancel')).toMatchObject({ s: 't', tid: tidOf(2) });
  });

  it('leaves a deadlocked wait open to the end, marked unfinished', () => {
    const out = toChromeTrace(fixture('queue-deadlock'));
    const stuck = slices(out).filter((e) => e.args?.unfinished);
    expect(stuck.map((e) => [e.tid, e.name])).toEqual(expect.arrayContaining([[tidOf(4), 'Queue.get()']]));
  });

  it('names the file for download', () => {
    expect(chromeTraceFileName(new Date(2025, 0, 2, 3, 4, 5))).toBe('loopscope-perfetto-20250102-030405.json');
  });
});
