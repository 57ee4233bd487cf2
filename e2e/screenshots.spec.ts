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
