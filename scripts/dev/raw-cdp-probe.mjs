#!/usr/bin/env node
/**
 * Warm runs timed with no DevTools client attached to the workers: Chromium is driven over a raw
 * CDP connection to the page target only (Playwright auto-attaches to every worker, and an
 * attached debugger can change how WebAssembly runs). Serves dist/.
 *   node scripts/dev/raw-cdp-probe.mjs [file.py] [reps=8]
 */
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { timedRun } from '../bench/probes.mjs';
import { startPreview } from '../bench/server.mjs';

const file = process.argv[2] ?? '../shared/corpus/seed/02_async_gather.py';
const reps = Number(process.argv[3] ?? 8);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const { origin, stop } = await startPreview('dist');
const chrome = spawn(process.env.LOOPSCOPE_CHROMIUM ?? '/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=9339', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'cdp-'))}`, '--window-size=1440,900', 'about:blank'], { stdio: 'ignore', detached: true });
try {
  let target;
  for (let i = 0; i < 100 && !target; i++) {
    try { target = (await (await fetch('http://127.0.0.1:9339/json/list')).json()).find((t) => t.type === 'page'); } catch { await sleep(200); }
  }
  const ws = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((r) => ws.once('open', r));
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); }
  });
  const send = (method, params = {}) => new Promise((resolve) => { pending.set(++id, resolve); ws.send(JSON.stringify({ id, method, params })); });
  const evaluate = async (fn, arg) => {
    const res = await send('Runtime.evaluate', { expression: `(${fn})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true });
    if (res.result.exceptionDetails) throw new Error(JSON.stringify(res.result.exceptionDetails));
    return res.result.result.value;
  };
  await send('Page.navigate', { url: `${origin}/?test` });
  for (let i = 0; i < 300; i++) {
    if (await evaluate(() => Boolean(window.__loopscope), null).catch(() => false)) break;
    await sleep(100);
  }
  await evaluate(() => window.__loopscope.idle(), null);
  const code = readFileSync(file, 'utf8');
  await evaluate(timedRun, { code, options: null });
  const runs = [];
  for (let i = 0; i < reps; i++) runs.push(await evaluate(timedRun, { code: null, options: null }));
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${file}: click → drawn median ${med(runs.map((r) => r.ms)).toFixed(1)} ms (state landed ${med(runs.map((r) => r.untilStateMs)).toFixed(1)} ms, engine ${med(runs.map((r) => r.engineMs)).toFixed(1)} ms); all: ${runs.map((r) => Math.round(r.ms)).join(' ')}`);
  console.log('engine phases (last run):', JSON.stringify(runs.at(-1).phasesMs));
  const only = [];
  for (let i = 0; i < reps; i++) only.push(await evaluate((code) => window.__loopscope.runOnly(code), code));
  console.log(`runner alone (no store, no drawing): median ${med(only.map((r) => r.ms)).toFixed(1)} ms; all: ${only.map((r) => Math.round(r.ms)).join(' ')}`);
  for (const r of only) console.log('  ', JSON.stringify(r.phasesMs));
  const { cpuHeavy } = await import('../bench/snippets.mjs');
  for (let i = 0; i < 3; i++) {
    const r = await evaluate((code) => window.__loopscope.runOnly(code), cpuHeavy);
    console.log('cpu-heavy in the worker:', JSON.stringify(r.phasesMs));
  }
  ws.close();
} finally {
  process.kill(-chrome.pid);
  stop();
}
