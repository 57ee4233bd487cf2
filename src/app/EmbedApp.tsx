import type { EmbedConfig } from '../share/embed-params.ts';
import type { AppStore } from '../store/app-store.ts';
import { EmbedShell } from '../views/embed/EmbedShell.tsx';
import { StoreProvider } from '../views/store-context.tsx';

/** Wiring only: the embed's store and options in, the embed view out. */
export function EmbedApp({ store, config, appBase, host }: { store: AppStore; config: EmbedConfig; appBase: string; host: Window | null }) {
  return (
    <StoreProvider store={store}>
      <EmbedShell config={config} appBase={appBase} host={host} />
    </StoreProvider>
  );
}
