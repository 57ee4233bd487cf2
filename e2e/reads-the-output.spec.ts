import { expect, test } from './fixtures.ts';
import { RAISES_ON_LINE_5, THREE_SLEEPS } from './snippets.ts';

test.describe('a learner reads what the program printed', () => {
  test('each line carries its virtual time and task; hovering it points at the timeline', async ({ app }) => {
    await app.setCode(THREE_SLEEPS);
    await app.run();
    const line = app.consoleLine('B woke');
    await expect(line).toContainText('2.000');
    await expect(line).toContainText('Task-3');
    await line.hover();
    await expect.poll(async () => (await app.selection()).hoveredOutput).toBe(1);
  });

  test('a traceback line number jumps to the editor, and the error is marked on its line', async ({ app }) => {
    await app.setCode(RAISES_ON_LINE_5);
    await app.run();
    expect(await app.outcomeStatus()).toBe('error');
    await expect(app.outcome).toContainText('ValueError: bad item 2');
    await expect(app.console).toContainText('Traceback (most recent call last):');
    // CPython's message as an editor marker on line 5.
    await expect(app.editor.locator('.squiggly-error')).toHaveCount(1);
    await app.console.getByRole('button', { name: '5', exact: true }).first().click();
    await expect.poll(async () => (await app.selection()).focusLine).toBe(5);
  });
});
