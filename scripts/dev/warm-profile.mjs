#!/usr/bin/env node
/**
 * Where the page's time goes in a warm run: samples the main thread over several click → drawn
 * runs and prints self time by function (bottom-up) and by script. Serves dist/.
 *   node scripts/dev/warm-profile.mjs [file.py] [reps=6]
 */
import { readFileSync } from 'node:fs';
import { launch } from '../bench/browser.mjs';
import { timedRun } from '../bench/probes.mjs';
import { startPreview } from '../bench/server.mjs';

const file = process.argv[2] ?? '../shared/corpus/seed/02_async_gather.py';
const reps = Number(process.argv[3] ?? 6);
const { origin, stop } = await startPreview('dist');
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${origin}/?test`);
  await page.waitForFunction(() => window.__loopscope);
  await page.evaluate(() => window.__loopscope.idle());
  const code = readFileSync(file, 'utf8');
  for (let i = 0; i < 3; i++) await page.evaluate(timedRun, { code: i ? null : code, options: null });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const runs = [];
  for (let i = 0; i < reps; i++) runs.push(await page.evaluate(timedRun, { code: null, options: null }));
  const { profile } = await cdp.send('Profiler.stop');
  // The same runs again under a Chromium trace: the main thread's rendering work by kind.
  await browser.startTracing(page, { path: '/tmp/warm-trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'] });
  for (let i = 0; i < reps; i++) await page.evaluate(timedRun, { code: null, options: null });
  const buf = await browser.stopTracing();
  const events = JSON.parse(String(buf)).traceEvents;
  const threads = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const byName = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? '?';
    if (!/CrRendererMain|Worker|DedicatedWorker/.test(thread)) continue;
    const key = `${thread.slice(0, 22).padEnd(22)} ${e.name}`;
    byName.set(key, (byName.get(key) ?? 0) + e.dur / 1000);
  }
  console.log('trace, ms per run (inclusive; nested events overlap):');
  for (const [k, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / reps).toFixed(2).padStart(8)}  ${k}`);
  const total = runs.reduce((a, r) => a + r.ms, 0);
  console.log(`${reps} runs, click → drawn ${runs.map((r) => Math.round(r.ms)).join(' ')} ms (sum ${Math.round(total)})`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, ms] of rows) console.log(`${(ms / reps).toFixed(2).padStart(8)} ms/run  ${k}`);
} finally {
  await browser.close();
  stop();
}
