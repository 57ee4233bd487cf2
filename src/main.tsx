// First: start Python's worker before anything else is evaluated (see prestart.ts).
import './app/prestart.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { bootstrap } from './app/bootstrap.ts';
import { registerServiceWorker } from './app/register-sw.ts';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by privacy settings or a sandboxed frame
  }
}

const store = await bootstrap({ window, location: window.location, storage: localStorageOrNull() });
registerServiceWorker(window);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
