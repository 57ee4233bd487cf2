import { useEffect } from 'react';
import type { AppStore } from '../store/app-store.ts';
import { AppShell } from '../views/shell/AppShell.tsx';
import { StoreProvider } from '../views/store-context.tsx';
import { afterNextPaint } from '../util/after-next-paint.ts';

/** Wiring only: the store in, the page out; `onPainted` once its first render is on screen. */
export function App({ store, onPainted }: { store: AppStore; onPainted?: () => void }) {
  useEffect(() => {
    if (onPainted) return afterNextPaint(onPainted);
  }, [onPainted]);
  return (
    <StoreProvider store={store}>
      <AppShell />
    </StoreProvider>
  );
}
