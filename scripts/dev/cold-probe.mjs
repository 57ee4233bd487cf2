#!/usr/bin/env node
/**
 * The bench's cold start alone, printed in detail (marks, network phases, perf marks): for
 * working on start-up. Serves dist/ (run `npm run build` first).
 *   node scripts/dev/cold-probe.mjs [visits=1]
 */
import { launch } from '../bench/browser.mjs';
import { coldStart } from '../bench/cold-start.mjs';
import { startCountingProxy, startPreview } from '../bench/server.mjs';
import { seed } from '../bench/snippets.mjs';

const visits = Number(process.argv[2] ?? 1);
const preview = await startPreview('dist');
const proxy = await startCountingProxy(preview.origin);
const browser = await launch();
const round = (o) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v) : v && typeof v === 'object' ? round(v) : v]));
try {
  for (let i = 0; i < visits; i++) {
    const { first, second } = await coldStart(browser, proxy.origin, proxy, seed('02_async_gather.py'));
    for (const [name, v] of [['first', first], ['second', second]]) {
      console.log(name, 'marks', JSON.stringify(round(v.marks)));
      console.log(name, 'network', JSON.stringify(round(v.network)), 'bytes', v.fetches.bytes, 'requests', v.fetches.requests);
      console.log(name, 'dcl', Math.round(v.nav.domContentLoaded), 'load', Math.round(v.nav.load));
    }
  }
} finally {
  await browser.close();
  proxy.stop?.();
  preview.stop();
  process.exit(0);
}
