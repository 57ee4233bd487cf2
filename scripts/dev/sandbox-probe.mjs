// Runs snippets in the built app (vite preview on :4199) and reports outcome + any request that left.
import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
const requests = [];
page.on('request', (r) => { if (!r.url().startsWith('http://localhost:4199/') && !r.url().startsWith('data:')) requests.push(r.url()); });
page.on('console', (m) => { if (m.type() !== 'log') console.log('console:', m.type(), m.text().slice(0, 200)); });
page.on('pageerror', (e) => console.log('pageerror', e.message));
const t0 = Date.now();
await page.goto('http://localhost:4199/?test');
await page.waitForFunction(() => window.__loopscope !== undefined);
await page.evaluate(() => window.__loopscope.idle());
console.log('ready in', Date.now() - t0, 'ms', JSON.stringify(await page.evaluate(() => window.__loopscope.status())));
const snippets = [
  'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("ok")\nasyncio.run(main())\n',
  'import js\nprint(js.fetch)\n',
  'from pyodide.ffi import to_js\nf = to_js({}).constructor.constructor("return globalThis")()\nprint(f)\n',
  'import pyodide_js\nprint(type(pyodide_js))\nawait pyodide_js.loadPackage("http://example.com/evil.whl")\n',
  'from pyodide.http import pyfetch\nr = await pyfetch("http://example.com/")\nprint(r.status)\n',
  'while True:\n    pass\n',
  'print("after")\n',
];
for (const code of snippets) {
  await page.evaluate((c) => window.__loopscope.setCode(c), code);
  const t = Date.now();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(() => window.__loopscope.status().state !== 'running' && window.__loopscope.trace());
  await page.evaluate(() => window.__loopscope.idle());
  const tr = await page.evaluate(() => window.__loopscope.trace());
  console.log(`${Date.now() - t} ms`, code.split('\n')[0].slice(0, 50), '=>', tr.outcome.status, tr.outcome.summary.slice(0, 160));
}
console.log('requests that left:', requests);
await browser.close();
