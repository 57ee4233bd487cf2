import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { bootstrap } from './app/bootstrap.ts';
import { registerServiceWorker } from './app/register-sw.ts';
import { whenQuiet } from './app/when-state.ts';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by privacy settings or a sandboxed frame
  }
}

// Python's start-up waits for the code's first paint (see WorkerRunnerOptions.startAfter).
let painted!: () => void;
const firstPaint = new Promise<void>((resolve) => (painted = resolve));
const store = await bootstrap({ window, location: window.location, storage: localStorageOrNull(), pythonStartsAfter: firstPaint });
// The service worker's copy of Pyodide waits for Python's start-up and a first run to be over.
registerServiceWorker(window, whenQuiet(store, 2000));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} onPainted={painted} />
  </StrictMode>,
);
