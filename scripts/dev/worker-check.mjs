// Drives scripts/dev/worker-check.html in Chromium against a running `npx vite --port 5199`.
import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
const t0 = Date.now();
await page.goto('http://localhost:5199/scripts/dev/worker-check.html');
await page.waitForFunction(() => document.getElementById('out').textContent.includes('"ready"'), null, { timeout: 60000 });
console.log('ready after', Date.now() - t0, 'ms', await page.evaluate(() => crossOriginIsolated));
for (const code of [
  'import asyncio\nasync def f(i):\n    await asyncio.sleep(1)\n    return i\nasync def main():\n    print(await asyncio.gather(*(f(i) for i in range(3))))\nasyncio.run(main())\n',
  'while True:\n    pass\n',
  'print("after")\n',
]) {
  const t = Date.now();
  const trace = await page.evaluate((c) => window.runCode(c, { wallClockMs: 1000 }), code);
  console.log(Date.now() - t, 'ms', JSON.stringify(trace.outcome), trace.output.map((o) => o.text));
}
await browser.close();
