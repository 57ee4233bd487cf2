import { canRun, type AppStore } from '../store/app-store.ts';

/**
 * Runs the store's code as soon as Python can, then applies the link's replay position.
 * Both happen inside store listeners registered before any test's idle() listener, so the
 * idle signal never fires between "Python ready" and "run started", or "finished" and "seeked".
 */
export function runWhenReady(store: AppStore): void {
  let ran = false;
  const step = () => {
    const s = store.getState();
    if (!ran && canRun(s)) {
      ran = true;
      void s.run();
    } else if (ran && !s.running) {
      unsubscribe();
      s.applyLinkSeek();
    }
  };
  const unsubscribe = store.subscribe(step);
  step();
}
