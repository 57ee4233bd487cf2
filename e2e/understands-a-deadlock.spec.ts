import { expect, test } from './fixtures.ts';

test('the guide’s producer/consumer deadlock is explained, not hung', async ({ app }) => {
  const gallery = await app.openGallery();
  await gallery.getByRole('button', { name: /the guide’s deadlock/ }).click();
  await app.idle();
  expect(await app.outcomeStatus()).toBe('deadlock');
  const panel = app.page.getByTestId('deadlock-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Task-4');
  await expect(panel).toContainText('Queue.get()');
  await panel.getByRole('button', { name: 'line 12' }).click();
  await expect.poll(async () => (await app.selection()).focusLine).toBe(12);
  await expect(app.console.locator('.console-line')).toHaveCount(20);
});
