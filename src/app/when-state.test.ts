import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppState } from '../store/app-state.ts';
import type { AppStore } from '../store/app-store.ts';
import { whenQuiet, whenState } from './when-state.ts';

/** Just what whenState/whenQuiet use of a store: its state and its listeners. */
function fakeStore(initial: Partial<AppState>) {
  let state = initial as AppState;
  const listeners = new Set<(s: AppState) => void>();
  const store = {
    getState: () => state,
    subscribe: (l: (s: AppState) => void) => (listeners.add(l), () => listeners.delete(l)),
  } as unknown as AppStore;
  const set = (patch: Partial<AppState>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l(state));
  };
  return { store, set, listeners };
}

const booting = { running: false, runnerStatus: { state: 'booting', loaded: 0, total: 0 } } as Partial<AppState>;
const ready = { running: false, runnerStatus: { state: 'ready', python: '3.14' } } as unknown as Partial<AppState>;

describe('whenState', () => {
  it('resolves at once when the state already passes, else on the first state that does, and stops listening', async () => {
    const { store, set, listeners } = fakeStore(booting);
    let done = false;
    void whenState(store, (s) => s.runnerStatus.state === 'ready').then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    set(ready);
    await Promise.resolve();
    expect(done).toBe(true);
    expect(listeners.size).toBe(0);
    await expect(whenState(store, () => true)).resolves.toBeUndefined();
  });
});

describe('whenQuiet', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for Python to be up and then `ms` without a run; a run starts the wait over', async () => {
    const { store, set, listeners } = fakeStore(booting);
    let done = false;
    void whenQuiet(store, 2000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toBe(false); // still booting
    set(ready);
    await vi.advanceTimersByTimeAsync(1500);
    set({ running: true }); // a run: not quiet
    await vi.advanceTimersByTimeAsync(1000);
    set({ running: false });
    await vi.advanceTimersByTimeAsync(1999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(listeners.size).toBe(0);
  });
});
