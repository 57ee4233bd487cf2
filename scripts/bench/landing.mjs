/**
 * The page's share of "10,000 tasks drawn within 2 s": a finished trace lands in the page →
 * timeline drawn, then zoom and pan frames on it, and the JS heap. No Python: traces come
 * from files written by the CLI (`npx loopscope run FILE --json`), are fetched into the page
 * untimed, and land through the test hook's landTrace (validated as a worker's
 * 'run-finished', then stored), so the figures are the page's work alone.
 *
 *   node scripts/bench/landing.mjs --origin http://localhost:4300 /tmp/scale/g10000.json …
 *     [--reps 5] [--frames 30] [--panel loop|tasks] [--profile out-prefix]
 *
 * Prints one JSON line per trace: landed → drawn (median and each), the time until the
 * store update returned ("sync"), zoom/pan frame interval and work p50/p95, heap.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { launch, freshContext } from './browser.mjs';
import { navigate } from './probes.mjs';
import { percentile } from './report.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const origin = opt('origin', 'http://localhost:4300');
const reps = Number(opt('reps', 5));
const frames = Number(opt('frames', 30));
const panel = opt('panel', 'loop');
const profile = opt('profile', null);
/** Writes a Chromium performance trace of the zoom/pan phase (open in DevTools → Performance). */
const traceNav = opt('trace-nav', null);
const files = args;

/** Runs in the page: lands the fetched trace and times it until drawn (the bench's definition). */
async function timedLanding() {
  const hook = window.__loopscope;
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(0);
      }),
    );
  await afterFrame();
  const t0 = performance.now();
  const error = hook.landTrace(window.__benchTrace);
  const sync = performance.now();
  await afterFrame();
  const drawn = performance.now();
  return { error, ms: drawn - t0, syncMs: sync - t0 };
}

/**
 * Runs in the page: replay steps on the drawn trace, each timed until drawn. Double-click the
 * middle of the timeline (the replay jumps there), then → twenty times, then End and Home.
 */
async function timedSteps() {
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(0);
      }),
    );
  const plot = document.querySelector('.timeline-plot');
  const r = plot.getBoundingClientRect();
  const key = (k) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  const timed = async (fn) => {
    await afterFrame();
    const t0 = performance.now();
    fn();
    await afterFrame();
    return performance.now() - t0;
  };
  const seek = await timed(() => plot.dispatchEvent(new MouseEvent('dblclick', { clientX: r.left + r.width / 2, clientY: r.top + 40, bubbles: true, view: window })));
  const steps = [];
  for (let i = 0; i < 20; i++) steps.push(await timed(() => key('ArrowRight')));
  const end = await timed(() => key('End'));
  const home = await timed(() => key('Home'));
  const index = window.__loopscope.playback().index;
  window.__loopscope.resetView();
  return { seek, steps, end, home, index };
}

const stats = (xs) => ({ p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), max: round(Math.max(...xs)) });
const round = (x) => Math.round(x * 10) / 10;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launch();
try {
  for (const file of files) {
    const body = readFileSync(file);
    const context = await freshContext(browser);
    const page = await context.newPage();
    await page.route('**/__bench/trace.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto(`${origin}/?test&fake=1`);
    await page.waitForFunction(() => window.__loopscope !== undefined, null, { timeout: 60_000 });
    await page.evaluate(() => window.__loopscope.idle());
    await page.evaluate((tab) => document.querySelector(`[role="tab"][id$="-${tab}"]`)?.click(), panel);
    const cdp = await context.newCDPSession(page);
    const runs = [];
    for (let i = 0; i < reps; i++) {
      // A fresh parse each time: a new trace object, so nothing cached per trace is reused.
      await page.evaluate(async () => {
        window.__benchTrace = null;
        window.__benchTrace = await (await fetch('/__bench/trace.json')).json();
      });
      await cdp.send('HeapProfiler.collectGarbage');
      const last = profile && i === reps - 1;
      if (last) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      runs.push(await page.evaluate(timedLanding));
      if (last) {
        const { profile: p } = await cdp.send('Profiler.stop');
        const out = `${profile}-${basename(file, '.json')}.cpuprofile`;
        (await import('node:fs')).writeFileSync(out, JSON.stringify(p));
      }
    }
    if (runs[0].error) throw new Error(`${file}: ${runs[0].error}`);
    const heapDrawn = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    // Work the page deferred past the first frame (the console's later lines) is not a zoom frame's.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    if (profile) {
      await cdp.send('Profiler.start');
    }
    if (traceNav) await browser.startTracing(page, { path: `${traceNav}-${basename(file, '.json')}.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'cc', 'viz', 'gpu'] });
    const samples = await page.evaluate(navigate, { frames });
    if (traceNav) await browser.stopTracing();
    if (profile) {
      const { profile: p } = await cdp.send('Profiler.stop');
      (await import('node:fs')).writeFileSync(`${profile}-${basename(file, '.json')}-nav.cpuprofile`, JSON.stringify(p));
    }
    if (profile) await cdp.send('Profiler.start');
    if (traceNav) await browser.startTracing(page, { path: `${traceNav}-${basename(file, '.json')}-replay.json`, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
    const replay = await page.evaluate(timedSteps);
    if (traceNav) await browser.stopTracing();
    if (profile) {
      const { profile: p } = await cdp.send('Profiler.stop');
      (await import('node:fs')).writeFileSync(`${profile}-${basename(file, '.json')}-replay.cpuprofile`, JSON.stringify(p));
    }
    await page.evaluate(() => (window.__benchTrace = null));
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const of = (phase, key) => samples.filter((s) => s.phase === phase).map((s) => s[key]);
    console.log(
      JSON.stringify({
        trace: basename(file),
        panel,
        landedToDrawn: round(median(runs.map((r) => r.ms))),
        each: runs.map((r) => round(r.ms)),
        sync: round(median(runs.map((r) => r.syncMs))),
        zoom: stats(of('zoom', 'interval')),
        zoomWork: stats(of('zoom', 'work')),
        pan: stats(of('pan', 'interval')),
        panWork: stats(of('pan', 'work')),
        replay: { seek: round(replay.seek), step: stats(replay.steps), end: round(replay.end), home: round(replay.home) },
        heapAfterDrawMB: heapDrawn && round(heapDrawn / 2 ** 20),
        heapAfterGcMB: round(usedSize / 2 ** 20),
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
}
