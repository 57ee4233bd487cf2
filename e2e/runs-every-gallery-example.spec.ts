import { EXAMPLES } from '../src/examples/index.ts';
import { expect, test } from './fixtures.ts';

test.describe('every gallery example runs as its note says', () => {
  for (const example of EXAMPLES) {
    test(example.title, async ({ app }) => {
      const gallery = await app.openGallery();
      await gallery.locator(`[data-example="${example.id}"]`).click();
      await expect(gallery).toBeHidden();
      await app.idle();
      expect(await app.code()).toBe(example.code);
      const trace = await app.page.evaluate(() => window.__loopscope!.trace());
      const detail = trace?.outcome.error ? `${trace.outcome.error.type}: ${trace.outcome.error.message}` : trace?.outcome.summary;
      expect(trace?.outcome.status, detail).toBe(example.expect ?? 'ok');
      await expect(app.page.getByTestId('example-note')).toContainText(example.title);
      await expect(app.laneLabels.first()).toBeVisible();
    });
  }
});
