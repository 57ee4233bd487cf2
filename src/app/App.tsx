import type { AppStore } from '../store/app-store.ts';
import { AppShell } from '../views/shell/AppShell.tsx';
import { StoreProvider } from '../views/store-context.tsx';
import { usePainted } from './use-painted.ts';

/** Wiring only: the store in, the page out; `onPainted` once its first render is on screen. */
export function App({ store, onPainted }: { store: AppStore; onPainted?: () => void }) {
  usePainted(onPainted);
  return (
    <StoreProvider store={store}>
      <AppShell />
    </StoreProvider>
  );
}
