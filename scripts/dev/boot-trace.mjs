#!/usr/bin/env node
/**
 * Where a cold start's time goes, thread by thread: records a Chromium trace of one visit to the
 * built app (served on PORT, default 4406) and prints each thread's busy time and longest tasks.
 *   node scripts/dev/boot-trace.mjs [second]   (second: trace a second visit, caches warm)
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4406);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const origin = `http://localhost:${PORT}`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(origin)).ok) break; } catch { await new Promise((r) => setTimeout(r, 200)); }
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const context = await browser.newContext();
  if (process.argv[2] === 'second') {
    const p = await context.newPage();
    await p.goto(`${origin}/?test`);
    await p.waitForFunction(() => window.__loopscope);
    await p.evaluate(() => window.__loopscope.idle());
    await p.waitForTimeout(3000);
    await p.close();
  }
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'blink.user_timing', 'loading'] });
  const t0 = Date.now();
  await page.goto(`${origin}/?test`);
  await page.waitForFunction(() => window.__loopscope);
  await page.evaluate(() => window.__loopscope.idle());
  console.log('idle after', Date.now() - t0, 'ms;', await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('loopscope:', '')} ${Math.round(m.startTime)}`).join(', ')));
  const buf = await browser.stopTracing();
  writeFileSync('/tmp/boot-trace.json', buf);
  const { traceEvents } = JSON.parse(buf.toString());
  const names = new Map();
  for (const e of traceEvents) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const nav = traceEvents.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToEnd')?.ts ?? Math.min(...traceEvents.filter((e) => e.ts > 0).map((e) => e.ts));
  const busy = new Map();
  const longest = [];
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')) continue;
    const k = `${e.pid}:${e.tid}`;
    busy.set(k, (busy.get(k) ?? 0) + e.dur / 1000);
    if (e.dur > 30_000) longest.push({ thread: names.get(k) ?? k, at: Math.round((e.ts - nav) / 1000), ms: Math.round(e.dur / 1000), k });
  }
  for (const [k, ms] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${String(Math.round(ms)).padStart(6)} ms busy  ${names.get(k) ?? k} (${k})`);
  // What ran inside each long task: the biggest child events.
  for (const t of longest.sort((a, b) => a.at - b.at).slice(0, 40)) {
    const kids = traceEvents.filter((e) => `${e.pid}:${e.tid}` === t.k && e.ph === 'X' && e.ts >= nav + t.at * 1000 && e.ts < nav + (t.at + t.ms) * 1000 && e.dur > 10_000 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')
      .sort((a, b) => b.dur - a.dur).slice(0, 3).map((e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop().slice(0, 40) : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''} ${Math.round(e.dur / 1000)}`);
    console.log(`  @${t.at} ms ${t.ms} ms on ${t.thread}: ${kids.join(' | ')}`);
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
