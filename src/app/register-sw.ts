/**
 * Registers the service worker (public/sw.js) in production builds: cache-first for the hashed
 * bundles and Pyodide's files, so a second visit reads them from disk. The worker's URL names
 * this build and the Pyodide version, which name its caches (a new build drops the old ones).
 */
import { version as pyodideVersion } from 'pyodide/package.json';
import { SNAPSHOT_FILE } from 'virtual:loopscope-boot';
import { BOOT_FILES, pyodideIndexURL } from '../runner/boot-files-list.ts';

export function registerServiceWorker(win: Window, after: Promise<unknown> = Promise.resolve(), base: string = import.meta.env.BASE_URL): void {
  if (!import.meta.env.PROD || !('serviceWorker' in win.navigator)) return;
  // This module is bundled into the entry chunk, whose hashed name changes with every build.
  const build = new URL(import.meta.url).pathname.split('/').pop()?.replace(/\.js$/, '') ?? 'unknown';
  const url = `${base}sw.js?build=${encodeURIComponent(build)}&pyodide=${encodeURIComponent(pyodideVersion)}`;
  const register = async () => {
    try {
      const registration = await win.navigator.serviceWorker.register(url, { scope: base });
      const worker = registration.active ?? registration.waiting ?? registration.installing;
      // What this visit fetched before the worker controlled the page: cache it for the next one.
      // Pyodide's files by name too: the largest may still be arriving at the load event, and
      // a resource entry only exists once a response is complete (the wasm went uncached so).
      const indexURL = pyodideIndexURL(base, win.location.href);
      const pyodide = [...BOOT_FILES, ...(SNAPSHOT_FILE ? [SNAPSHOT_FILE] : [])].map((name) => new URL(name, indexURL).href);
      const urls = [...new Set([...win.performance.getEntriesByType('resource').map((entry) => entry.name), ...pyodide])];
      const send = () => (registration.active ?? worker)?.postMessage({ type: 'cache-urls', urls, page: win.location.href });
      if (registration.active) send();
      else worker?.addEventListener('statechange', () => worker.state === 'activated' && send());
    } catch (err) {
      console.warn('Loopscope: the offline cache is unavailable:', err);
    }
  };
  // After the page has loaded and `after` (Python up and quiet): the worker fetches its own copy
  // of Pyodide's 18 MB for the next visit, which must not compete with this visit's start-up
  // (on two cores it slowed Python's start-up, and then the first run when it waited for that).
  const loaded = new Promise<void>((resolve) => {
    if (win.document.readyState === 'complete') resolve();
    else win.addEventListener('load', () => resolve(), { once: true });
  });
  void Promise.all([loaded, after]).then(register);
}
