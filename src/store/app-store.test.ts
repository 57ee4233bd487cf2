import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../model/fixtures/index.ts';
import { createFakeRunner } from '../runner/fake-runner.ts';
import { canRun, createAppStore, isIdle } from './app-store.ts';
import { loadSaved, persist, type KeyValueStorage } from './persistence.ts';
import { resolvedTheme } from './theme-slice.ts';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('app store', () => {
  it('runs the code and keeps the trace and the code that made it', async () => {
    const rec = FIXTURES.eventLoop();
    const store = createAppStore({ runner: createFakeRunner([rec]), code: rec.code });
    expect(canRun(store.getState())).toBe(true);
    const running = store.getState().run();
    expect(store.getState().running).toBe(true);
    await running;
    const s = store.getState();
    expect(s.running).toBe(false);
    expect(s.trace).toBe(rec.trace);
    expect(s.tracedCode).toBe(rec.code);
  });

  it('refuses to run until the runner is ready', async () => {
    const store = createAppStore({ runner: createFakeRunner([], { bootMs: 60_000 }), code: 'x' });
    expect(store.getState().runnerStatus.state).toBe('booting');
    expect(canRun(store.getState())).toBe(false);
    await store.getState().run();
    expect(store.getState().trace).toBeNull();
  });

  it('clears the selection when a new trace arrives', async () => {
    const rec = FIXTURES.semaphore();
    const store = createAppStore({ runner: createFakeRunner([rec]), code: rec.code });
    store.getState().select({ row: 1, index: 0 }, 4);
    expect(store.getState().focusLine).toEqual({ line: 4, seq: 1 });
    await store.getState().run();
    expect(store.getState().selected).toBeNull();
  });

  it('loads a gallery example and runs it', async () => {
    const rec = FIXTURES.semaphore();
    const store = createAppStore({ runner: createFakeRunner([rec]), code: '' });
    store.getState().setGalleryOpen(true);
    store.getState().loadExample('semaphore');
    expect(store.getState().galleryOpen).toBe(false);
    expect(store.getState().code).toBe(rec.code);
    await until(() => store.getState().trace !== null);
    expect(store.getState().exampleId).toBe('semaphore');
  });

  it('doubles the right option when raising a limit', async () => {
    const rec = FIXTURES.eventLoop();
    const store = createAppStore({ runner: createFakeRunner([rec]), code: rec.code });
    store.getState().raiseLimit('virtual-time');
    expect(store.getState().runOptions).toEqual({ maxVirtualSeconds: 7200 });
  });

  it('is idle only with the editor up and nothing running', () => {
    const store = createAppStore({ runner: createFakeRunner([]), code: '' });
    expect(isIdle(store.getState())).toBe(false);
    store.getState().setEditorReady(true);
    expect(isIdle(store.getState())).toBe(true);
  });

  it('resolves the theme from the preference and the system', () => {
    expect(resolvedTheme({ themePreference: 'system', systemTheme: 'dark' })).toBe('dark');
    expect(resolvedTheme({ themePreference: 'light', systemTheme: 'dark' })).toBe('light');
  });
});

describe('persistence', () => {
  it('saves code and theme, and reads them back', () => {
    const storage = memoryStorage();
    const store = createAppStore({ runner: createFakeRunner([]), code: 'a' });
    persist(store, storage);
    store.getState().setCode('print("hi")\n');
    store.getState().setThemePreference('dark');
    expect(loadSaved(storage)).toEqual({ code: 'print("hi")\n', exampleId: null, themePreference: 'dark' });
  });

  it('survives storage that throws', () => {
    const broken: KeyValueStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(loadSaved(broken).code).toBeNull();
    const store = createAppStore({ runner: createFakeRunner([]), code: 'a' });
    persist(store, broken);
    expect(() => store.getState().setCode('b')).not.toThrow();
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
}
