import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../model/fixtures/index.ts';
import { createFakeRunner } from '../runner/fake-runner.ts';
import { createAppStore } from './app-store.ts';

const eventLoop = FIXTURES.eventLoop();
const semaphore = FIXTURES.semaphore();

function compareStore() {
  const store = createAppStore({ runner: createFakeRunner([eventLoop, semaphore]), code: 'single code' });
  store.getState().loadVariants('compare', [{ name: 'tasks', code: eventLoop.code }, { name: 'limited', code: semaphore.code }]);
  return store;
}

describe('compare slice', () => {
  it('restores two variants and mirrors the active one into the editor', () => {
    const store = compareStore();
    const s = store.getState();
    expect([s.mode, s.activeVariant, s.code]).toEqual(['compare', 0, eventLoop.code]);
    expect(s.variants.map((v) => v.name)).toEqual(['tasks', 'limited']);
    s.setActiveVariant(1);
    expect(store.getState().code).toBe(semaphore.code);
  });

  it('runs both variants one after the other and keeps each trace', async () => {
    const store = compareStore();
    await store.getState().run();
    const s = store.getState();
    expect(s.runs.map((r) => r?.trace)).toEqual([eventLoop.trace, semaphore.trace]);
    expect(s.trace).toBe(eventLoop.trace);
    expect([s.running, s.runningVariant]).toEqual([false, null]);
    s.setActiveVariant(1);
    expect(store.getState().trace).toBe(semaphore.trace);
    expect(store.getState().tracedCode).toBe(semaphore.code);
  });

  it('writes edits through to the active variant only', () => {
    const store = compareStore();
    store.getState().setActiveVariant(1);
    store.getState().setCode('edited');
    expect(store.getState().variants.map((v) => v.code)).toEqual([eventLoop.code, 'edited']);
  });

  it('goes back to single mode with its own code, and returns to the same variants', async () => {
    const store = compareStore();
    await store.getState().run();
    store.getState().setMode('single');
    expect([store.getState().mode, store.getState().code, store.getState().trace]).toEqual(['single', 'single code', null]);
    store.getState().setMode('compare');
    expect(store.getState().variants.map((v) => v.name)).toEqual(['tasks', 'limited']);
    expect(store.getState().trace).toBe(eventLoop.trace);
  });

  it('compares the code in the editor, not an old comparison, once the code changed', () => {
    const store = compareStore();
    store.getState().setMode('single');
    store.getState().setCode('print(2)');
    store.getState().setMode('compare');
    expect(store.getState().variants).toEqual([{ name: 'A', code: 'print(2)' }, { name: 'B', code: 'print(2)' }]);
    expect(store.getState().runs).toEqual([null, null]);
  });

  it('enters compare mode from single with two copies of the code', () => {
    const store = createAppStore({ runner: createFakeRunner([]), code: 'print(1)' });
    store.getState().setMode('compare');
    expect(store.getState().variants).toEqual([{ name: 'A', code: 'print(1)' }, { name: 'B', code: 'print(1)' }]);
  });

  it('renames within limits, ignoring blank names', () => {
    const store = compareStore();
    store.getState().renameVariant(0, '  gather  ');
    store.getState().renameVariant(1, '   ');
    expect(store.getState().variants.map((v) => v.name)).toEqual(['gather', 'limited']);
  });

  it('loads a gallery compare example and runs it', async () => {
    const store = createAppStore({ runner: createFakeRunner([]), code: '' });
    store.getState().loadExample('sequential-vs-gather');
    expect(store.getState().mode).toBe('compare');
    expect(store.getState().variants.map((v) => v.name)).toEqual(['sequential', 'gather']);
    await until(() => store.getState().runs.every((r) => r !== null));
    // The fake runner has no recording of these: each side is an honest error, not a crash.
    expect(store.getState().runs.map((r) => r?.trace?.outcome.status)).toEqual(['error', 'error']);
    store.getState().loadExample('semaphore');
    expect([store.getState().mode, store.getState().code]).toEqual(['single', semaphore.code]);
  });

  it('does not start the second variant after a stop', async () => {
    const store = createAppStore({ runner: createFakeRunner([eventLoop, semaphore], { runMs: 50 }), code: '' });
    store.getState().loadVariants('compare', [{ name: 'a', code: eventLoop.code }, { name: 'b', code: semaphore.code }]);
    const running = store.getState().run();
    store.getState().stop();
    await running;
    expect(store.getState().runs[0]?.trace?.outcome.status).toBe('stopped');
    expect(store.getState().runs[1]).toBeNull();
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
}
