import { expect, test } from './fixtures.ts';

test.describe('a teacher presents to a class', () => {
  test('presenter mode and the replay work from the keyboard alone', async ({ app }) => {
    await app.loadExample('event-loop');
    const trace = (await app.page.evaluate(() => window.__loopscope!.trace()))!;
    const last = trace.events.length - 1;
    const presenterButton = app.page.getByRole('button', { name: 'Presenter' });
    const index = async () => (await app.playback()).index;

    await app.page.keyboard.press('p');
    await expect(app.page.getByTestId('app')).toHaveClass(/presenter/);
    await expect(presenterButton).toHaveAttribute('aria-pressed', 'true');
    // The type is large: lane names at projector size.
    expect(await app.laneLabels.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);

    // Space plays from the top; Space again pauses where it is.
    await app.page.keyboard.press('Space');
    await expect.poll(async () => (await app.playback()).playing).toBe(true);
    await expect.poll(index).toBeGreaterThan(2);
    await app.page.keyboard.press('Space');
    await expect.poll(async () => (await app.playback()).playing).toBe(false);
    const paused = (await index())!;
    expect(paused).toBeLessThan(last);

    await app.page.keyboard.press('ArrowRight');
    expect(await index()).toBe(paused + 1);
    await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('ArrowLeft');
    expect(await index()).toBe(paused - 1);

    // Shift+→ follows one task: the one whose event the cursor is on.
    const task = trace.events[paused - 1]!.task;
    const next = trace.events.findIndex((ev, i) => i > paused - 1 && ev.task === task);
    await app.page.keyboard.press('Shift+ArrowRight');
    expect(await index()).toBe(next);

    await app.page.keyboard.press('End');
    expect(await index()).toBe(last);
    await app.page.keyboard.press('Home');
    expect(await index()).toBe(-1);
    await expect(app.loopPanel).toContainText('The program has not started yet.');

    // The controls are reachable by Tab too, and named with their keys.
    await expect(app.playbackBar.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-keyshortcuts', 'Space');
    await app.playbackBar.getByRole('button', { name: 'Step forward' }).focus();
    await app.page.keyboard.press('Enter');
    expect(await index()).toBe(0);

    // Esc leaves presenter mode.
    await app.page.keyboard.press('Escape');
    await expect(app.page.getByTestId('app')).not.toHaveClass(/presenter/);
    await expect(presenterButton).toHaveAttribute('aria-pressed', 'false');
  });

  test('?presenter opens the page in presenter mode', async ({ browser, app }) => {
    // A fresh page of its own: the layout is there at once, before Python has even loaded.
    const context = await browser.newContext({ baseURL: new URL(app.page.url()).origin });
    const page = await context.newPage();
    await page.goto('/?test&presenter');
    await expect(page.getByTestId('app')).toHaveClass(/presenter/);
    await expect(page.getByRole('button', { name: 'Presenter' })).toHaveAttribute('aria-pressed', 'true');
    expect((await page.evaluate(() => window.__loopscope!.view())).presenter).toBe(true);
    await page.keyboard.press('p');
    await expect(page.getByTestId('app')).not.toHaveClass(/presenter/);
    await context.close();
  });
});
