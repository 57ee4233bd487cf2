#!/usr/bin/env node
/**
 * A Chromium trace of one cold visit, summarised: the main thread's long tasks (≥ 20 ms) in
 * order, with what ran in them (scripts by URL, parse, layout...). Serves dist/.
 *   node scripts/dev/cold-trace.mjs [query=?test&bench&fake=1]
 */
import { freshContext, launch } from '../bench/browser.mjs';
import { coldStartProbe } from '../bench/probes.mjs';
import { startPreview } from '../bench/server.mjs';
import { seed } from '../bench/snippets.mjs';

const query = process.argv[2] ?? '?test&bench&fake=1';
const preview = await startPreview('dist');
const browser = await launch();
try {
  const context = await freshContext(browser);
  await context.addInitScript(coldStartProbe, seed('02_async_gather.py'));
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
  await page.goto(`${preview.origin}/${query}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.marks.drawn !== undefined, null, { timeout: 60_000, polling: 100 });
  const marks = await page.evaluate(() => window.__bench.marks);
  const events = JSON.parse(String(await browser.stopTracing())).traceEvents;
  const threads = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
  const t0 = nav.ts;
  const main = events.filter((e) => threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.pid === nav.pid);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur >= 20_000).sort((a, b) => a.ts - b.ts);
  console.log('marks', JSON.stringify(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v)]))));
  let busy = 0;
  for (const t of tasks) {
    busy += t.dur;
    const inside = main.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t && e.dur >= 5_000 && !/RunTask|ThreadControllerImpl|RunMicrotasks|v8.callFunction/.test(e.name));
    const what = inside.slice(0, 5).map((e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''} ${Math.round(e.dur / 1000)}`).join(' | ');
    console.log(`${String(Math.round((t.ts - t0) / 1000)).padStart(6)} ms  ${String(Math.round(t.dur / 1000)).padStart(5)} ms  ${what}`);
  }
  console.log('long-task total', Math.round(busy / 1000), 'ms');
  // Inside the long tasks, by event name (self-inclusive; nested names overlap).
  const agg = new Map();
  for (const t of tasks) {
    for (const e of main) {
      if (e.ts < t.ts || e.ts >= t.ts + t.dur || e === t || !e.dur) continue;
      agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur);
    }
  }
  console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${String(Math.round(v / 1000)).padStart(6)} ms  ${k}`).join('\n'));
  await context.close();
} finally {
  await browser.close();
  preview.stop();
}
