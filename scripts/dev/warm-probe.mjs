#!/usr/bin/env node
/**
 * Warm runs in the built app: click Run → timeline drawn for a snippet, several times, with the
 * engine's own wall time beside it. Serves dist/ on PORT (default 4409).
 *   node scripts/dev/warm-probe.mjs [file.py] [reps=8]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { timedRun } from '../bench/probes.mjs';

const PORT = Number(process.env.PORT ?? 4409);
const file = process.argv[2] ?? '../shared/corpus/seed/02_async_gather.py';
const reps = Number(process.argv[3] ?? 8);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const origin = `http://localhost:${PORT}`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(origin)).ok) break; } catch { await new Promise((r) => setTimeout(r, 200)); }
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${origin}/?test`);
  await page.waitForFunction(() => window.__loopscope);
  await page.evaluate(() => window.__loopscope.idle());
  const code = readFileSync(file, 'utf8');
  await page.evaluate(timedRun, { code, options: null });
  const runs = [];
  for (let i = 0; i < reps; i++) runs.push(await page.evaluate(timedRun, { code: null, options: null }));
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${file}: click → drawn median ${med(runs.map((r) => r.ms)).toFixed(1)} ms (state landed ${med(runs.map((r) => r.untilStateMs)).toFixed(1)} ms, engine ${med(runs.map((r) => r.engineMs)).toFixed(1)} ms); all: ${runs.map((r) => Math.round(r.ms)).join(' ')}`);
  console.log('engine phases (last run):', JSON.stringify(runs.at(-1).phasesMs));
} finally {
  await browser.close();
  process.kill(-server.pid);
}
