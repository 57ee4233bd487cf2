import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { GOLDEN_LINKS } from './golden-links.ts';
import { embedUrl } from '../src/share/embed-code.ts';

const DIR = 'e2e-artifacts/screenshots';

declare global {
  interface Window {
    /** Height messages the blog page received, by iframe index: recorded by the test, not the page. */
    __heights?: Array<[number, number]>;
  }
}

/** Records every `loopscope:height` message the host page gets, with which iframe sent it. */
async function recordHeights(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__heights = [];
    window.addEventListener('message', (e) => {
      if (e.data?.type !== 'loopscope:height') return;
      const frames = [...document.querySelectorAll('iframe[data-loopscope]')] as HTMLIFrameElement[];
      window.__heights!.push([frames.findIndex((f) => f.contentWindow === e.source), e.data.height]);
    });
  });
}

/** Per iframe: [last height it reported, its height on the page]. */
function sizes(page: Page): Promise<Array<[number | null, number]>> {
  return page.evaluate(() => {
    const frames = [...document.querySelectorAll('iframe[data-loopscope]')] as HTMLIFrameElement[];
    return frames.map((f, i) => [window.__heights!.filter(([from]) => from === i).pop()?.[1] ?? null, Math.round(f.getBoundingClientRect().height)] as [number | null, number]);
  });
}

test('the sample blog post: both embeds run, and each iframe takes its reported height', async ({ browser }) => {
  // Two embeds boot two Pythons at once; waits on them are bounded by the test's timeout alone.
  test.slow();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  const page = await context.newPage();
  await recordHeights(page);
  await page.goto('/blog-sample.html');
  const iframes = page.locator('iframe[data-loopscope]');
  await expect(iframes).toHaveCount(2);
  const initial = await iframes.evaluateAll((fs) => fs.map((f) => Math.round(f.getBoundingClientRect().height)));

  // The first embed runs by itself (autorun): three one-second awaits in turn.
  const first = page.frameLocator('iframe[data-loopscope] >> nth=0');
  await iframes.nth(0).scrollIntoViewIfNeeded();
  await expect(first.getByTestId('embed-status')).toContainText('finished in 3.0 s', { timeout: 0 });
  await expect(first.getByTestId('lane-labels').locator('.lane-label')).toHaveCount(2);

  // The second waits for its Run button: gather, three lanes side by side, one second.
  const second = page.frameLocator('iframe[data-loopscope] >> nth=1');
  await iframes.nth(1).scrollIntoViewIfNeeded();
  await second.getByRole('button', { name: 'Run', exact: true }).click({ timeout: 0 });
  await expect(second.getByTestId('embed-status')).toContainText('finished in 1.0 s', { timeout: 0 });
  await expect(second.getByTestId('lane-labels').locator('.lane-label')).toHaveCount(5);

  // Each iframe is exactly as tall as the content it reported, which is not the height it started at.
  await expect.poll(async () => (await sizes(page)).every(([reported, shown]) => reported !== null && reported === shown)).toBe(true);
  const final = await sizes(page);
  expect(final.map(([, shown]) => shown)).not.toEqual(initial);
  expect(final[1]![1]).toBeGreaterThan(initial[1]!);
  // No inner scrollbar: each embed's document fits its iframe.
  const embeds = page.frames().filter((f) => f.parentFrame() === page.mainFrame());
  expect(embeds).toHaveLength(2);
  for (const f of embeds) expect(await f.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);

  mkdirSync(DIR, { recursive: true });
  await iframes.nth(1).screenshot({ path: `${DIR}/embed-in-blog-post.png` });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${DIR}/blog-sample.png`, fullPage: true });
  await context.close();
});

test('an embed on its own: read-only code, dark theme, tasks panel, autorun', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 720, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
  const page = await context.newPage();
  // A gallery example by id: no fragment needed.
  await page.goto('/embed?test&readonly=1&autorun=1&theme=dark&panel=tasks&example=taskgroup');
  await page.waitForFunction(() => window.__loopscope !== undefined);
  await page.evaluate(() => window.__loopscope!.idle());
  await expect(page.getByTestId('embed-status')).toContainText(/finished|failed/);
  await expect(page.getByRole('table', { name: 'Tasks' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  // Every task row fits: the panel is as tall as the table.
  const table = await page.locator('.embed-panel').evaluate((el) => [el.scrollHeight, el.clientHeight]);
  expect(table[0]).toBeLessThanOrEqual(table[1]! + 1);

  mkdirSync(DIR, { recursive: true });
  await page.mouse.move(0, 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.locator('.embed').screenshot({ path: `${DIR}/embed-dark-tasks.png` });

  // Read-only: typing changes nothing.
  const before = await page.evaluate(() => window.__loopscope!.code());
  await page.getByTestId('editor').locator('.view-lines').click();
  await page.keyboard.type('xyz');
  expect(await page.evaluate(() => window.__loopscope!.code())).toBe(before);
  await context.close();
});

test('an embed of a comparison runs both variants and shows them on one axis', async ({ browser }) => {
  const compare = GOLDEN_LINKS.find((l) => l.state.mode === 'compare')!;
  const context = await browser.newContext({ viewport: { width: 720, height: 1000 }, deviceScaleFactor: 1, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`/embed?test&autorun=1${compare.fragment}`);
  await page.waitForFunction(() => window.__loopscope !== undefined);
  await page.evaluate(() => window.__loopscope!.idle());
  await expect(page.getByTestId('compare-summary')).toContainText('faster');
  await expect(page.getByTestId('compare-timelines').getByTestId('lane-labels')).toHaveCount(2);
  await expect(page.getByRole('tab', { name: 'gather' })).toBeVisible();

  mkdirSync(DIR, { recursive: true });
  await page.mouse.move(0, 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.locator('.embed').screenshot({ path: `${DIR}/embed-compare.png` });
  await context.close();
});

test('a runaway snippet in one embed freezes neither the blog page nor the other embed', async ({ browser }) => {
  test.slow(); // two embeds boot two Pythons
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const origin = 'http://localhost:4173';
  const state = (code: string) => ({ mode: 'single' as const, variants: [{ name: 'main', code }] as [{ name: string; code: string }], view: {} });
  const runaway = embedUrl(origin, state('while True:\n    pass\n'), { autorun: false });
  const calm = embedUrl(origin, state('import asyncio\nasync def main():\n    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))\nasyncio.run(main())\n'));
  await page.goto(`${origin}/blog-sample.html`);
  // A host page of our own: two iframes, as a blogger would paste them.
  await page.evaluate(
    ([a, b]) => {
      document.body.innerHTML = `<p><input id="host-input"></p><iframe data-loopscope="1" src="${a}" width="900" height="480"></iframe><iframe data-loopscope="1" src="${b}" width="900" height="480"></iframe>`;
    },
    [runaway, calm],
  );
  const [spinning, other] = [page.frameLocator('iframe >> nth=0'), page.frameLocator('iframe >> nth=1')];
  await spinning.getByRole('button', { name: 'Run', exact: true }).click({ timeout: 0 });
  await expect(spinning.getByTestId('embed-status')).toContainText(/Running/);

  // While it spins: the host page answers input within a frame or two, and the other embed runs.
  const latency = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const input = document.getElementById('host-input') as HTMLInputElement;
        const t0 = performance.now();
        input.addEventListener('input', () => requestAnimationFrame(() => resolve(performance.now() - t0)), { once: true });
        input.focus();
        input.value = 'x';
        input.dispatchEvent(new Event('input'));
      }),
  );
  console.log(`host page input latency while an embed spins: ${Math.round(latency)} ms`);
  expect(latency).toBeLessThan(500);
  await other.getByRole('button', { name: 'Run', exact: true }).click({ timeout: 0 });
  await expect(other.getByTestId('embed-status')).toContainText('finished in 2.0 s', { timeout: 0 });
  // And the runaway one is stopped at its real-time budget with a clear message.
  await expect(spinning.getByTestId('embed-status')).toContainText(/real time|Stopped/, { timeout: 0 });
  await context.close();
});
