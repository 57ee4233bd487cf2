#!/usr/bin/env node
/**
 * How Python boots in the built app: serves dist/ on a port of its own, opens the playground in
 * fresh contexts and prints, per visit, when the editor and Python were ready, how Python came
 * up (snapshot or cold), the bytes each visit fetched, and a run of seed 02.
 *   node scripts/dev/boot-probe.mjs [visits=2]
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4402);
const visits = Number(process.argv[2] ?? 2);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const origin = `http://localhost:${PORT}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(origin)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const browser = await chromium.launch({
  executablePath: process.env.LOOPSCOPE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext();
  for (let v = 0; v < visits; v++) {
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      const len = Number((await r.allHeaders())['content-length'] ?? 0);
      if (!r.fromServiceWorker()) bytes += len;
      if (len > 100_000) console.log(`  ${r.status()} ${r.url()} ${len} at ${Math.round(await page.evaluate(() => performance.now()).catch(() => -1))} ms`);
    });
    page.on('console', (m) => m.type() === 'error' && console.log('  console:', m.text()));
    await page.goto(`${origin}/?test`);
    await page.waitForFunction(() => window.__loopscope !== undefined);
    await page.evaluate(() => window.__loopscope.idle());
    const t = await page.evaluate(() => ({ ready: performance.now(), status: window.__loopscope.status(), marks: performance.getEntriesByType('mark').sort((a, b) => a.startTime - b.startTime).map((m) => `${m.name.replace('loopscope:', '')} ${Math.round(m.startTime)}`).join(', ') }));
    console.log(`  marks: ${t.marks}`);
    await page.evaluate(() => window.__loopscope.setCode('import asyncio\nasync def f():\n    await asyncio.sleep(1)\nasync def main():\n    await asyncio.gather(f(), f(), f())\n    print("done")\nasyncio.run(main())\n'));
    const run = await page.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector('[data-testid="run"], button.run')?.click();
      await new Promise((r) => setTimeout(r, 50));
      await window.__loopscope.idle();
      return { ms: performance.now() - t0, summary: window.__loopscope.trace()?.outcome.summary };
    });
    console.log(`visit ${v + 1}: python ready at ${Math.round(t.ready)} ms, boot ${JSON.stringify(t.status.boot)}, fetched ${(bytes / 1e6).toFixed(2)} MB; run: ${Math.round(run.ms)} ms, ${run.summary}`);
    await page.close();
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
