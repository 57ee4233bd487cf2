#!/usr/bin/env node
/**
 * A/B of cold visits between builds: visits each build's server in turn, in a fresh context
 * (rotating the order, so drifting machine load hits all alike), and prints the median of each
 * mark per build. For judging a start-up change on a noisy machine.
 *   VISITS=5 QUERY='?test&bench' node scripts/dev/ab-cold.mjs <distA> <distB> [<distC> ...]
 */
import { freshContext, launch } from '../bench/browser.mjs';
import { launchBare } from '../bench/cdp.mjs';
import { coldStartProbe } from '../bench/probes.mjs';
import { startPreview } from '../bench/server.mjs';
import { seed } from '../bench/snippets.mjs';

const dirs = process.argv.slice(2);
const visits = Number(process.env.VISITS ?? 5);
const query = process.env.QUERY ?? '?test&bench';
const servers = await Promise.all(dirs.map((dir) => startPreview(dir)));
// BARE=1: over a bare DevTools pipe (no client attached to the workers, as for a user; see cdp.mjs).
const bare = process.env.BARE === '1';
const browser = bare ? await launchBare() : await launch();
const marks = dirs.map(() => []);
try {
  for (let i = 0; i < visits; i++) {
    for (const which of dirs.map((_, j) => (i + j) % dirs.length)) {
      const context = await freshContext(browser);
      await context.addInitScript(coldStartProbe, seed('02_async_gather.py'));
      const page = await context.newPage();
      await page.goto(`${servers[which].origin}/${query}`, { waitUntil: 'commit' });
      const done = await page
        .waitForFunction(() => window.__bench?.marks.drawn !== undefined, null, { timeout: 60_000, polling: 100 })
        .then(() => true, () => false);
      // The probe's marks, then the app's start-up marks (loopscope:*, the worker's steps among them).
      const m = await page.evaluate(() => ({
        ...(window.__bench?.marks ?? {}),
        ...Object.fromEntries(performance.getEntriesByType('mark').filter((x) => x.name.startsWith('loopscope:')).map((x) => [x.name.slice('loopscope:'.length), x.startTime])),
      }));
      if (!done) {
        // A visit that never drew: say how far it got, and leave it out of the medians.
        console.log(dirs[which], 'NOT DRAWN within 60 s:', JSON.stringify(m), await page.evaluate(() => JSON.stringify(window.__loopscope?.status?.() ?? null)));
        await context.close();
        continue;
      }
      marks[which].push(m);
      console.log(dirs[which], JSON.stringify(Object.fromEntries(Object.entries(m).filter(([, v]) => typeof v === 'number').map(([k, v]) => [k, Math.round(v)]))));
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.stop();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(''.padEnd(24), ...dirs.map((d) => d.split('/').pop().slice(-7).padStart(7)));
const names = [...new Set(marks.flat().flatMap((m) => Object.keys(m)))].filter((k) => typeof marks.flat().find((m) => k in m)[k] === 'number');
names.sort((a, b) => median(marks.flat().map((m) => m[a]).filter(Number.isFinite)) - median(marks.flat().map((m) => m[b]).filter(Number.isFinite)));
for (const name of names) {
  const medians = marks.map((ms) => median(ms.map((m) => m[name]).filter((v) => typeof v === 'number')));
  console.log(name.padEnd(24), ...medians.map((v) => String(Math.round(v)).padStart(7)));
}
