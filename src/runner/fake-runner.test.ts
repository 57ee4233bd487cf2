import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXTURES } from '../model/fixtures/index.ts';
import { createFakeRunner } from './fake-runner.ts';
import type { RunnerStatus } from './runner.ts';

describe('fake runner', () => {
  afterEach(() => vi.useRealTimers());

  it('boots with byte progress, then is ready', () => {
    vi.useFakeTimers();
    const runner = createFakeRunner([], { bootMs: 1200 });
    const seen: RunnerStatus[] = [];
    runner.onStatus((s) => seen.push(s));
    vi.advanceTimersByTime(1200);
    expect(seen[0]).toMatchObject({ state: 'booting', total: 12_400_000 });
    expect(seen.at(-1)).toEqual({ state: 'ready', python: '3.14.2 (fake)' });
    const loaded = seen.filter((s) => s.state === 'booting').map((s) => (s.state === 'booting' ? s.loaded : 0));
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
  });

  it('replays the recording for the same code', async () => {
    const rec = FIXTURES.eventLoop();
    const runner = createFakeRunner([rec]);
    const trace = await runner.run(`${rec.code}\n\n`);
    expect(trace).toBe(rec.trace);
  });

  it('says so for code it never saw', async () => {
    const trace = await createFakeRunner([]).run('print(1)');
    expect(trace.outcome.status).toBe('error');
    expect(trace.outcome.error?.type).toBe('FakeRunnerError');
  });

  it('stops a run: the promise resolves as stopped', async () => {
    const rec = FIXTURES.semaphore();
    const runner = createFakeRunner([rec], { runMs: 10_000 });
    const p = runner.run(rec.code);
    expect(runner.status.state).toBe('running');
    runner.stop();
    expect((await p).outcome.status).toBe('stopped');
    expect(runner.status.state).toBe('ready');
  });
});
