/**
 * Cold start: a fresh browser context (empty HTTP cache, no service worker) opens the app;
 * we time page → editor usable and page → first run of seed 02 drawn. Then a second visit
 * in the same context (HTTP cache and service worker warm), timed the same way.
 */
import { freshContext } from './browser.mjs';
import { coldStartProbe, serviceWorkerCached } from './probes.mjs';

/** A visit that has not drawn by then is reported as not measured (a machine this busy says little anyway). */
const TIMEOUT_MS = 180_000;

/** Sums the proxy's log: bytes and requests, split into the app's bundles, Pyodide, and the rest. */
export function summariseFetches(log) {
  const out = { requests: log.length, bytes: 0, pyodideBytes: 0, appBytes: 0, notModified: 0, byPath: {} };
  for (const e of log) {
    out.bytes += e.bytes;
    if (e.status === 304) out.notModified++;
    if (e.path.startsWith('/pyodide/')) out.pyodideBytes += e.bytes;
    else out.appBytes += e.bytes;
    out.byPath[e.path] = (out.byPath[e.path] ?? 0) + e.bytes;
  }
  return out;
}

/** When (ms since navigation) the network served the worker script and Pyodide, as the proxy saw it. */
function phasesOf(log, timeOrigin) {
  // The first request for each file: the service worker fetches its own copy later, for the next visit.
  const firsts = [...log].sort((a, b) => a.start - b.start).filter((e, i, all) => all.findIndex((f) => f.path === e.path) === i);
  const span = (pred) => {
    const hits = firsts.filter((e) => pred(e.path));
    if (!hits.length) return null;
    return { start: Math.min(...hits.map((e) => e.start)) - timeOrigin, end: Math.max(...hits.map((e) => e.end ?? e.start)) - timeOrigin };
  };
  return {
    entry: span((p) => p === '/' || p === '/index.html'),
    workerScript: span((p) => /^\/assets\/worker-[^/]*\.js$/.test(p)),
    pyodide: span((p) => p.startsWith('/pyodide/')),
    wasm: span((p) => p.endsWith('.wasm')),
    monaco: span((p) => /^\/assets\/(editor\.api|CodeEditor)-/.test(p)),
  };
}

async function visit(context, origin, proxy) {
  const page = await context.newPage();
  proxy.take();
  await page.goto(`${origin}/?test&bench`, { waitUntil: 'commit' });
  const drawn = await page
    .waitForFunction(() => window.__bench?.marks.drawn !== undefined, null, { timeout: TIMEOUT_MS, polling: 100 })
    .then(() => true, () => false);
  // Monaco loads once Python is up and the first run is done: its mark comes after "drawn".
  await page.waitForFunction(() => window.__bench?.marks.monaco !== undefined, null, { timeout: 30_000, polling: 100 }).catch(() => {});
  const marks = await page.evaluate(() => window.__bench?.marks ?? {});
  if (!drawn) marks.timedOut = true;
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd, transfer: r.transferSize }));
    // The app's start-up marks (loopscope:*), the worker's steps among them (BootTimeline).
    const steps = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('loopscope:')).map((m) => [m.name.slice('loopscope:'.length), m.startTime]));
    return { steps, timeOrigin: performance.timeOrigin, domContentLoaded: n?.domContentLoadedEventEnd ?? null, load: n?.loadEventEnd ?? null, resources: res, sw: !!navigator.serviceWorker?.controller };
  });
  // Let the service worker finish caching before the next visit.
  await page.evaluate(serviceWorkerCached);
  const log = proxy.take();
  const fetches = summariseFetches(log);
  await page.close();
  return { marks, nav, fetches, network: phasesOf(log, nav.timeOrigin) };
}

/**
 * One cold visit and one second visit, in one fresh context: of a bare browser (cdp.mjs, as a
 * user's, nothing attached to its workers) or of Playwright's.
 */
export async function coldStart(browser, origin, proxy, code) {
  const context = await freshContext(browser);
  await context.addInitScript(coldStartProbe, code);
  try {
    const first = await visit(context, origin, proxy);
    const second = await visit(context, origin, proxy);
    return { first, second };
  } finally {
    await context.close();
  }
}
