#!/usr/bin/env node
/**
 * The main thread's JavaScript during one cold visit, until the editor is usable: self time
 * by script and by function. Serves dist/.   node scripts/dev/cold-profile.mjs [query]
 */
import { freshContext, launch } from '../bench/browser.mjs';
import { coldStartProbe } from '../bench/probes.mjs';
import { startPreview } from '../bench/server.mjs';
import { seed } from '../bench/snippets.mjs';

const query = process.argv[2] ?? '?test&bench';
const preview = await startPreview('dist');
const browser = await launch();
try {
  const context = await freshContext(browser);
  await context.addInitScript(coldStartProbe, seed('02_async_gather.py'));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${preview.origin}/${query}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.marks.editor !== undefined, null, { timeout: 60_000, polling: 50 });
  const { profile } = await cdp.send('Profiler.stop');
  const marks = await page.evaluate(() => window.__bench.marks);
  console.log('editor at', Math.round(marks.editor), 'ms');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byScript = new Map();
  const byFn = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const f = byId.get(id).callFrame;
    const script = f.url ? f.url.split('/').pop() : f.functionName;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const key = `${f.functionName || '(anon)'} ${script}:${f.lineNumber}:${f.columnNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
  });
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log('by script:\n' + top(byScript, 15));
  console.log('by function:\n' + top(byFn, 30));
  await context.close();
} finally {
  await browser.close();
  preview.stop();
}
