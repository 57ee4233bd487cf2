import { expect, test } from './fixtures.ts';
import { THREE_SLEEPS } from './snippets.ts';

test.describe('a learner explores the timeline', () => {
  test.beforeEach(async ({ app }) => {
    await app.setCode(THREE_SLEEPS);
    await app.run();
  });

  test('hovering a wait shows the task, its state, line and duration', async ({ app }) => {
    // Task-3 is nap("B", 2): it waits on sleep(2) from 0 s to 2 s.
    await app.hoverAt('Task-3', 1);
    await expect(app.tooltip).toBeVisible();
    await expect(app.tooltip).toContainText('Task-3');
    await expect(app.tooltip).toContainText("nap('B', 2)");
    await expect(app.tooltip).toContainText('Waiting on sleep(2)');
    await expect(app.tooltip).toContainText('2.0 s');
    await expect(app.tooltip).toContainText('line 4');
    await app.page.mouse.move(0, 0);
    await expect(app.tooltip).toBeHidden();
  });

  test('clicking a segment highlights its line in the editor', async ({ app }) => {
    const p = await app.pointAt('Task-3', 1);
    await app.page.mouse.click(p.x, p.y);
    await expect.poll(async () => (await app.selection()).focusLine).toBe(4);
    await expect(app.editor.locator('.ls-line-focus')).toHaveCount(1);
  });

  test('putting the cursor on a line highlights every segment there', async ({ app }) => {
    await app.editorLine(4).click();
    await expect.poll(async () => (await app.selection()).cursorLine).toBe(4);
    // The three naps each wait on line 4.
    await expect.poll(async () => (await app.selection()).highlightedSegments).toBeGreaterThanOrEqual(3);
  });

  test('zoom buttons and Fit keep the axis in virtual seconds', async ({ app }) => {
    const axis = app.page.locator('.timeline-axis');
    await expect(axis).toContainText(/3(\.0)? s/);
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await app.page.getByRole('button', { name: 'Fit' }).click();
    await expect(axis).toContainText('0 s');
    await expect(axis).toContainText(/3(\.0)? s/);
  });
});
