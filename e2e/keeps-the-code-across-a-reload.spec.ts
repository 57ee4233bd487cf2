import { expect, test } from './fixtures.ts';

test('the code survives a reload; an example link loads that example instead', async ({ app }) => {
  const code = 'import asyncio\n\nprint("kept across reloads")\n';
  await app.setCode(code);
  await app.open();
  expect(await app.code()).toBe(code);
  await app.open('&example=lock');
  expect(await app.code()).toContain('asyncio.Lock()');
  await expect(app.page.getByTestId('example-note')).toContainText('Lock: one at a time');
});
