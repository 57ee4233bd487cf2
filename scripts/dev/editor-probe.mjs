#!/usr/bin/env node
/**
 * When the editor becomes usable on a cold visit, with the real runner and with `?fake`
 * (no Python at all): how much Python's start-up delays the editor. Serves dist/.
 *   node scripts/dev/editor-probe.mjs [visits=2]
 */
import { freshContext, launch } from '../bench/browser.mjs';
import { coldStartProbe } from '../bench/probes.mjs';
import { startPreview } from '../bench/server.mjs';
import { seed } from '../bench/snippets.mjs';

const visits = Number(process.argv[2] ?? 2);
const preview = await startPreview('dist');
const browser = await launch();
try {
  for (const query of ['?test&bench&fake=1', '?test&bench']) {
    for (let i = 0; i < visits; i++) {
      const context = await freshContext(browser);
      await context.addInitScript(coldStartProbe, seed('02_async_gather.py'));
      const page = await context.newPage();
      await page.goto(`${preview.origin}/${query}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__bench?.marks.drawn !== undefined, null, { timeout: 60_000, polling: 100 });
      const marks = await page.evaluate(() => window.__bench.marks);
      const perf = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('loopscope:', ''), Math.round(m.startTime)])));
      const dcl = await page.evaluate(() => Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd));
      console.log(query.padEnd(22), 'dcl', dcl, 'editor', Math.round(marks.editor), 'idle', Math.round(marks.idle), 'drawn', Math.round(marks.drawn), JSON.stringify(perf));
      await context.close();
    }
  }
} finally {
  await browser.close();
  preview.stop();
}
