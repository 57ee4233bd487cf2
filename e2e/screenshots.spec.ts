import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const DIR = 'e2e-artifacts/screenshots';

const SIZES = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The main screen, after running the default example, for a human to look at. */
test('main screen screenshots in light and dark', async ({ app }) => {
  mkdirSync(DIR, { recursive: true });
  const gallery = await app.openGallery();
  await gallery.locator('[data-example="event-loop"]').click();
  await app.idle();
  await app.page.evaluate(() => document.fonts.ready);
  for (const theme of ['Light', 'Dark'] as const) {
    await app.page.getByRole('radio', { name: theme }).click();
    for (const size of SIZES) {
      if (size.name === 'phone' && theme === 'Dark') continue;
      await app.page.setViewportSize({ width: size.width, height: size.height });
      await app.page.mouse.move(0, 0);
      await expect(app.laneLabels.first()).toBeVisible();
      // Two animation frames: the timeline repaints on the next frame after a resize.
      await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await app.page.screenshot({ path: `${DIR}/main-${theme.toLowerCase()}-${size.name}.png`, fullPage: size.name === 'phone' });
    }
  }
  await app.page.getByRole('radio', { name: 'Match system' }).click();
  await app.page.setViewportSize({ width: 1440, height: 900 });
});

/** Two animation frames: the timeline repaints on the frame after a change. */
async function settled(app: { page: import('@playwright/test').Page }): Promise<void> {
  await app.page.mouse.move(0, 0);
  await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Presenter mode at a projector's 1280×720, mid-replay, in both themes: what a class sees. */
test('presenter mode screenshots', async ({ app }) => {
  mkdirSync(DIR, { recursive: true });
  await app.loadExample('semaphore');
  await app.page.keyboard.press('p');
  await app.page.setViewportSize({ width: 1280, height: 720 });
  // Just after the first release at 1 s: a worker done, the next one taking its permit.
  const trace = (await app.page.evaluate(() => window.__loopscope!.trace()))!;
  const target = trace.events.findIndex((ev) => ev.t === 1 && ev.type === 'finish') + 2;
  await app.page.keyboard.press('Home');
  await app.playbackBar.getByRole('slider', { name: 'Replay position' }).fill(String(target));
  await app.playbackBar.getByRole('slider', { name: 'Replay position' }).blur();
  for (const theme of ['Light', 'Dark'] as const) {
    await app.page.getByRole('radio', { name: theme }).click();
    await settled(app);
    await app.page.screenshot({ path: `${DIR}/presenter-${theme.toLowerCase()}-1280x720.png` });
  }
  await app.page.getByRole('button', { name: 'Hide code' }).click();
  await settled(app);
  await app.page.screenshot({ path: `${DIR}/presenter-dark-code-hidden-1280x720.png` });
  await app.page.getByRole('radio', { name: 'Match system' }).click();
  await app.page.keyboard.press('Escape');
  await app.page.setViewportSize({ width: 1440, height: 900 });
});

/** Compare mode: sequential vs gather, and Semaphore(2) vs Semaphore(5) mid-replay. */
test('compare mode screenshots', async ({ app }) => {
  mkdirSync(DIR, { recursive: true });
  await app.loadExample('sequential-vs-gather');
  for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
    await app.page.setViewportSize(size);
    await settled(app);
    await app.page.screenshot({ path: `${DIR}/compare-gather-${size.width}x${size.height}.png` });
  }
  await app.loadExample('semaphore-2-vs-5');
  await app.page.keyboard.press('Home');
  for (let i = 0; i < 60; i++) await app.page.keyboard.press('ArrowRight');
  await settled(app);
  await app.page.screenshot({ path: `${DIR}/compare-semaphore-replay-1280x720.png` });
  await app.page.keyboard.press('p');
  await settled(app);
  await app.page.screenshot({ path: `${DIR}/compare-presenter-1280x720.png` });
  await app.page.keyboard.press('Escape');
  await app.page.setViewportSize({ width: 1440, height: 900 });
});
