import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrapEmbed } from './app/embed-bootstrap.ts';
import { EmbedApp } from './app/EmbedApp.tsx';
import { registerServiceWorker } from './app/register-sw.ts';
import { whenQuiet } from './app/when-state.ts';

// Python's start-up waits for the embed's first paint (see WorkerRunnerOptions.startAfter).
let painted!: () => void;
const firstPaint = new Promise<void>((resolve) => (painted = resolve));
const { store, setup } = await bootstrapEmbed(window, firstPaint);
// The full app, for "Open in Loopscope": the embed page's sibling at the base URL.
const appBase = new URL(import.meta.env.BASE_URL, window.location.origin).href;
// The service worker's copy of Pyodide waits for Python's start-up and a first run to be over.
registerServiceWorker(window, whenQuiet(store, 2000));
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp store={store} config={setup.config} appBase={appBase} host={window.parent === window ? null : window.parent} onPainted={painted} />
  </StrictMode>,
);
