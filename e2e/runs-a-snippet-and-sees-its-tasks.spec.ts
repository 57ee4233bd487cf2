import { expect, test } from './fixtures.ts';
import { THREE_SLEEPS } from './snippets.ts';

test.describe('a learner runs a snippet and sees its tasks', () => {
  test('Run is disabled while Python loads, with real progress', async ({ browser }) => {
    // A fresh context, so we see the boot itself.
    const context = await browser.newContext({ baseURL: 'http://localhost:4173' });
    const page = await context.newPage();
    await page.goto('/?test');
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
    await expect(page.getByRole('progressbar', { name: 'Loading Python' })).toBeVisible();
    await page.waitForFunction(() => window.__loopscope !== undefined);
    await page.evaluate(() => window.__loopscope!.idle());
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
    await expect(page.getByTestId('runner-status')).toContainText(/Python 3\.\d+/);
    await context.close();
  });

  test('pastes a snippet, runs it with the button, and sees one lane per task', async ({ app }) => {
    await app.pasteCode(THREE_SLEEPS);
    await expect.poll(() => app.code()).toBe(THREE_SLEEPS);
    await app.run();
    expect(await app.outcomeStatus()).toBe('ok');
    await expect(app.lane('main program')).toBeVisible();
    for (const name of ['Task-1', 'Task-2', 'Task-3', 'Task-4']) await expect(app.lane(name)).toBeVisible();
    await expect(app.lane('Task-2')).toContainText("nap('A', 1)");
    await expect(app.outcome).toContainText('3.0 s');
  });

  test('types a change and runs again with Ctrl+Enter from the editor', async ({ app }) => {
    await app.setCode(THREE_SLEEPS);
    await app.run();
    await app.typeAtEnd('print("typed by hand")');
    await expect.poll(() => app.code()).toContain('print("typed by hand")');
    await expect(app.page.getByText('edited since run')).toBeVisible();
    await app.runWithShortcut();
    await expect(app.consoleLine('typed by hand')).toContainText('3.000');
    await expect(app.page.getByText('edited since run')).toHaveCount(0);
  });
});
