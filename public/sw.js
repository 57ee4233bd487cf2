/*
 * Loopscope's service worker: cache-first for the app's hashed bundles (/assets/*) and
 * Pyodide's files (/pyodide/*), so a second visit reads them from disk; the pages themselves
 * (index.html, embed.html) network-first, with the last copy as the fallback, so a classroom
 * that loses its connection can still reload.
 *
 * Registered by src/app/register-sw.ts in production builds only, as
 * /sw.js?build=<main bundle's hash>&pyodide=<pyodide version>: a new build installs a new
 * worker, which drops the caches of older builds. Hashed assets never change under one name;
 * Pyodide's names carry no hash, so their cache is named after the pinned Pyodide version.
 *
 * The page fetches Pyodide's big files itself and hands them to the sandboxed worker
 * (src/runner/boot-files.ts): the sandbox's own requests are an opaque origin's, which no
 * service worker sees. The memory snapshot's name carries a fingerprint of the runtime, so it
 * lives with the build's assets and goes with them.
 */
const params = new URL(self.location.href).searchParams;
const ASSETS = `loopscope-assets-${params.get('build') || 'dev'}`;
const PYODIDE = `loopscope-pyodide-${params.get('pyodide') || 'unknown'}`;
const PAGES = 'loopscope-pages';
const SCOPE = new URL(self.registration.scope);

/** Which cache holds this URL, or null for requests the worker leaves alone. */
function cacheFor(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const path = url.pathname.slice(SCOPE.pathname.length);
  if (path.startsWith('assets/') || path.startsWith('pyodide/snapshot-')) return ASSETS;
  if (path.startsWith('pyodide/')) return PYODIDE;
  return null;
}

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([ASSETS, PYODIDE, PAGES]);
      for (const name of await caches.keys()) if (name.startsWith('loopscope-') && !keep.has(name)) await caches.delete(name);
      // Control the page that registered us, so the lazy chunks it loads next are cached too.
      await self.clients.claim();
    })(),
  );
});

async function cacheFirst(request, name) {
  const cache = await caches.open(name);
  // ignoreVary: the server varies on Origin only for its CORS header, which is `*` for all.
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.status === 200 && (response.type === 'basic' || response.type === 'cors')) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.status === 200) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    // Offline: the last copy of this page, ignoring its query (?example=, share links' own are in the #fragment).
    const hit = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  if (request.mode === 'navigate' && new URL(request.url).origin === SCOPE.origin) {
    event.respondWith(networkFirst(request));
    return;
  }
  const name = cacheFor(new URL(request.url));
  if (name) event.respondWith(cacheFirst(request, name));
});

/** The page lists what it loaded before we controlled it (its first visit); fetch those into the cache. */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-urls' || !Array.isArray(data.urls)) return;
  const page = typeof data.page === 'string' ? new URL(data.page, SCOPE) : null;
  event.waitUntil(
    Promise.all([
      page && page.origin === SCOPE.origin ? caches.open(PAGES).then((cache) => cache.add(page.href)).catch(() => {}) : null,
      ...data.urls.map(async (href) => {
        if (typeof href !== 'string') return;
        const url = new URL(href, SCOPE);
        const name = cacheFor(url);
        if (!name) return;
        const cache = await caches.open(name);
        if (await cache.match(url.href, { ignoreVary: true })) return;
        try {
          await cache.add(url.href);
        } catch {
          // Offline or gone: it will be cached on its next fetch.
        }
      }),
    ]),
  );
});
