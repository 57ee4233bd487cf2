import type { AppStore } from '../store/app-store.ts';
import { AppShell } from '../views/shell/AppShell.tsx';
import { StoreProvider } from '../views/store-context.tsx';

/** Wiring only: the store in, the page out. */
export function App({ store }: { store: AppStore }) {
  return (
    <StoreProvider store={store}>
      <AppShell />
    </StoreProvider>
  );
}
