import { expect, test } from './fixtures.ts';
import { THREE_SLEEPS } from './snippets.ts';

test('the Tasks table lists every task with its times and final state', async ({ app }) => {
  await app.setCode(THREE_SLEEPS);
  await app.run();
  await app.showPanel('Tasks');
  const table = app.tasksTable;
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Task', 'Coroutine', 'Created', 'Finished', 'Running', 'Waiting', 'State']);
  // main program, main(), and the three naps.
  await expect(table.locator('tbody tr')).toHaveCount(5);
  const c = table.getByRole('row', { name: /Task-4/ });
  await expect(c).toContainText("nap('C', 3)");
  await expect(c).toContainText('3.000');
  await expect(c).toContainText('finished');
  await c.getByRole('button', { name: 'Task-4' }).click();
  await expect.poll(async () => (await app.selection()).focusLine).toBe(8);
});
