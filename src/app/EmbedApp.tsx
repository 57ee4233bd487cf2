import type { EmbedConfig } from '../share/embed-params.ts';
import type { AppStore } from '../store/app-store.ts';
import { EmbedShell } from '../views/embed/EmbedShell.tsx';
import { StoreProvider } from '../views/store-context.tsx';
import { usePainted } from './use-painted.ts';

/** Wiring only: the embed's store and options in, the embed view out; `onPainted` once it is on screen. */
export function EmbedApp({ store, config, appBase, host, onPainted }: { store: AppStore; config: EmbedConfig; appBase: string; host: Window | null; onPainted?: () => void }) {
  usePainted(onPainted);
  return (
    <StoreProvider store={store}>
      <EmbedShell config={config} appBase={appBase} host={host} />
    </StoreProvider>
  );
}
