import type { Locator } from '@playwright/test';
import { COMPARE_EXAMPLES } from '../src/examples/compare/index.ts';
import { expect, test } from './fixtures.ts';
import { RAISES_ON_LINE_5, THREE_SLEEPS } from './snippets.ts';

/** An axis as a reader sees it: each tick's label and where it sits, rounded to the pixel. */
async function ticks(axis: Locator): Promise<Array<[string, number]>> {
  return axis.locator('g.tick').evaluateAll((gs) =>
    gs.map((g) => [g.textContent ?? '', Math.round(g.getBoundingClientRect().x)] as [string, number]).sort((a, b) => a[1] - b[1]),
  );
}

test.describe('a learner compares two versions of a program', () => {
  test('the gallery opens with sequential vs gather, which shows both timelines on one axis and the speed-up', async ({ app }) => {
    const gallery = await app.openGallery();
    await expect(gallery.locator('[data-example]').first()).toHaveAttribute('data-example', 'sequential-vs-gather');
    await gallery.locator('[data-example="sequential-vs-gather"]').click();
    await expect(gallery).toBeHidden();
    await app.idle();

    await expect(app.page.getByTestId('compare-summary')).toHaveText(/gather: 1\.0 s vs sequential: 3\.0 s — 3\.0× faster/);
    const timelines = app.page.getByTestId('compare-timelines').locator('section.timeline');
    await expect(timelines).toHaveCount(2);
    await expect(timelines.nth(0).getByRole('heading')).toContainText('sequential');
    await expect(timelines.nth(1).getByRole('heading')).toContainText('gather');
    // The gather lanes: main, main() and three fetches; sequential awaits in one task.
    await expect(timelines.nth(1).locator('.lane-label')).toHaveCount(5);
    await expect(timelines.nth(0).locator('.lane-label')).toHaveCount(2);

    // One axis: the same ticks at the same places, spanning the slower run, through zoom and fit.
    const [top, bottom] = [timelines.nth(0).locator('.timeline-axis'), timelines.nth(1).locator('.timeline-axis')];
    await expect(bottom).toContainText('3.0 s');
    const fitted = await ticks(top);
    expect(await ticks(bottom)).toEqual(fitted);
    await timelines.nth(0).getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => ticks(top)).not.toEqual(fitted);
    // Read both sides in the same poll: the zoom animates, so a one-time snapshot of the top can be mid-way.
    await expect.poll(async () => JSON.stringify(await ticks(bottom)) === JSON.stringify(await ticks(top))).toBe(true);
    await timelines.nth(1).getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => ticks(top)).toEqual(fitted);
    await expect.poll(() => ticks(bottom)).toEqual(fitted);
  });

  test('each variant has its own tab: switch, rename, edit, and the other keeps its code', async ({ app }) => {
    const example = COMPARE_EXAMPLES[0]!;
    await app.loadExample(example.id);
    const tabs = app.page.getByRole('tablist', { name: 'Variants' });
    expect(await app.code()).toBe(example.variants[0].code);
    await tabs.getByRole('tab', { name: /gather/ }).click();
    expect(await app.code()).toBe(example.variants[1].code);
    expect((await app.page.evaluate(() => window.__loopscope!.compare())).active).toBe(1);

    await tabs.getByRole('button', { name: 'Rename gather' }).click();
    const name = app.page.getByRole('textbox', { name: 'Name of variant 2' });
    await name.fill('concurrent');
    await name.press('Enter');
    await expect(app.page.getByTestId('compare-summary')).toContainText('concurrent: 1.0 s vs sequential: 3.0 s');

    // Editing one tab and running again reruns both; the other tab's code is untouched.
    await app.setCode(example.variants[1].code.replace('fetch_data("url3"),\n', 'fetch_data("url3"),\n        asyncio.sleep(2),\n'));
    await app.run();
    await expect(app.page.getByTestId('compare-summary')).toHaveText(/concurrent: 2\.0 s vs sequential: 3\.0 s — 1\.5× faster/);
    await tabs.getByRole('tab', { name: /sequential/ }).click();
    expect(await app.code()).toBe(example.variants[0].code);
  });

  test('says plainly when times do not compare, or are equal', async ({ app }) => {
    await app.setCode(THREE_SLEEPS);
    await app.page.getByRole('button', { name: 'Compare', exact: true }).click();
    const tabs = app.page.getByRole('tablist', { name: 'Variants' });
    await expect(tabs.getByRole('tab')).toHaveCount(2);
    await app.run();
    await expect(app.page.getByTestId('compare-summary')).toHaveText(/A and B both take 3\.0 s\./);

    await tabs.getByRole('tab', { name: /^B/ }).click();
    await app.setCode(RAISES_ON_LINE_5);
    await app.run();
    await expect(app.page.getByTestId('compare-summary')).toHaveText(/B raised ValueError at 500 ms, so the times do not compare; A finished in 3\.0 s\./);
    await expect(app.page.getByTestId('compare-timelines').locator('section.timeline').nth(1).getByRole('heading')).toContainText('error at 500 ms');

    // Back to one program: the code from before comparing is still there.
    await app.page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(app.page.getByTestId('compare-timelines')).toHaveCount(0);
    expect(await app.code()).toBe(THREE_SLEEPS);
  });
});
