import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { THREE_SLEEPS } from './snippets.ts';

/** Opens the app in `context` and waits until Python and the editor are ready. */
async function openReady(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/?test');
  await page.waitForFunction(() => window.__loopscope !== undefined);
  await page.evaluate(() => window.__loopscope!.idle());
  return page;
}

async function runThreeSleeps(page: Page): Promise<string | undefined> {
  await page.evaluate((code) => window.__loopscope!.setCode(code), THREE_SLEEPS);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('runner-status')).toContainText('ready');
  await page.evaluate(() => window.__loopscope!.idle());
  return page.evaluate(() => window.__loopscope!.trace()?.outcome.summary);
}

test.describe('Python starts from the build’s snapshot, and a classroom can lose its network', () => {
  test('boots from the memory snapshot; a second visit and an offline reload are served by the service worker', async ({ browser }) => {
    test.setTimeout(180_000); // three cold pages, each booting Python
    const context = await browser.newContext({ baseURL: 'http://localhost:4173' });
    try {
      const first = await openReady(context);
      const status = await first.evaluate(() => window.__loopscope!.status());
      expect(status.state === 'ready' && status.boot?.from, 'how Python came up').toBe('snapshot');
      // The service worker takes over after the first load and caches what it loaded.
      await expect.poll(() => first.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);
      await expect
        .poll(() => first.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).length))).reduce((a, b) => a + b, 0)), { timeout: 30_000 })
        .toBeGreaterThan(5);
      await first.close();

      // Second visit: Pyodide's files come from the service worker's cache, not the network.
      const second = await context.newPage();
      const fromNetwork: string[] = [];
      second.on('response', (r) => {
        if (r.url().includes('/pyodide/') && !r.fromServiceWorker()) fromNetwork.push(r.url());
      });
      await second.goto('/?test');
      await second.waitForFunction(() => window.__loopscope !== undefined);
      await second.evaluate(() => window.__loopscope!.idle());
      expect(fromNetwork, 'Pyodide files fetched from the network on a second visit').toEqual([]);
      await second.close();

      // Offline: the page, the bundles, Pyodide and the snapshot all come from the cache.
      await context.setOffline(true);
      const offline = await openReady(context);
      expect(await runThreeSleeps(offline)).toMatch(/3 tasks ran concurrently; finished in 3\.0 s/);
    } finally {
      await context.close();
    }
  });

  test('Stop ends a runaway run at once; a fresh runtime comes up and the next run works', async ({ app }) => {
    await app.setCode('import time\nwhile True:\n    time.sleep(0)\n');
    await app.runButton.click();
    const stop = app.page.getByRole('button', { name: 'Stop' });
    await expect(stop).toBeVisible();
    const stoppedIn = await app.page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Stop'))!;
      const t0 = performance.now();
      button.click();
      // The run's answer arrives without waiting for the runtime to come back.
      await new Promise<void>((resolve) => {
        const check = () => (window.__loopscope!.trace()?.outcome.status === 'stopped' ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    });
    console.log(`Stop → stopped shown: ${Math.round(stoppedIn)} ms`);
    expect(stoppedIn, 'ms from Stop to the stopped run on screen').toBeLessThan(1000);
    await expect(app.outcome).toContainText(/Stopped by you/);
    const t0 = Date.now();
    await app.idle();
    console.log(`Stop → Python ready again: ${Date.now() - t0} ms`);
    const status = await app.page.evaluate(() => window.__loopscope!.status());
    expect(status.state === 'ready' && status.boot?.from).toBe('snapshot');
    expect(await runThreeSleeps(app.page)).toMatch(/finished in 3\.0 s/);
  });
});

test('the code can be edited and run before Monaco arrives, and Monaco takes over where the typing was', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: 'http://localhost:4173' });
  try {
    const page = await context.newPage();
    // Hold Monaco's chunks back, as a slow network would.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/(editor\.api|CodeEditor)-/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/?test');
    const plain = page.getByRole('textbox', { name: /Python code editor \(plain/ });
    await expect(plain).toBeVisible();
    await page.evaluate((code) => window.__loopscope!.setCode(code), 'import asyncio\n');
    await plain.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('async def main():');
    await page.keyboard.press('Enter');
    await page.keyboard.type('await asyncio.sleep(1)');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('asyncio.run(main())');
    const typed = 'import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())';
    await expect.poll(() => page.evaluate(() => window.__loopscope!.code())).toBe(typed);
    await page.screenshot({ path: 'e2e-artifacts/screenshots/plain-editor-before-monaco.png' });

    // Runs from the plain editor, with the page's shortcut, once Python is up.
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 60_000 });
    await plain.press('ControlOrMeta+Enter');
    await expect.poll(() => page.evaluate(() => window.__loopscope!.trace()?.outcome.summary)).toMatch(/finished in 1\.0 s/);

    // Monaco replaces it with the same code, focused, the caret where it was.
    release();
    await expect(page.locator('.monaco-editor .view-line').first()).toBeVisible({ timeout: 30_000 });
    await expect(plain).toHaveCount(0);
    await page.keyboard.type('  # more');
    await expect.poll(() => page.evaluate(() => window.__loopscope!.code())).toBe(`${typed}  # more`);
  } finally {
    await context.close();
  }
});
