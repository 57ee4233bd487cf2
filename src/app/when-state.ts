import type { AppState } from '../store/app-state.ts';
import type { AppStore } from '../store/app-store.ts';

/** Resolves the first time the store's state passes `test` (at once if it already does). */
export function whenState(store: AppStore, test: (s: AppState) => boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    if (test(store.getState())) return resolve();
    const unsubscribe = store.subscribe((s) => {
      if (!test(s)) return;
      unsubscribe();
      resolve();
    });
  });
}

/** Python is up (or failed to start) and no run is in flight. */
export const isSettled = (s: AppState): boolean => !s.running && s.runnerStatus.state !== 'booting';

/** Resolves once the store has been settled (isSettled) for `ms` without a break. */
export function whenQuiet(store: AppStore, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (s: AppState) => {
      if (!isSettled(s)) {
        clearTimeout(timer);
        timer = undefined;
      } else {
        timer ??= setTimeout(() => {
          unsubscribe();
          resolve();
        }, ms);
      }
    };
    const unsubscribe = store.subscribe(check);
    check(store.getState());
  });
}
