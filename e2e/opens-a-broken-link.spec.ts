import { expect, test } from './fixtures.ts';
import { GOLDEN_LINKS } from './golden-links.ts';
import { DEFAULT_EXAMPLE } from '../src/examples/index.ts';

test('a truncated link opens the default example with a message, and keeps the saved code', async ({ app }) => {
  const mine = 'import asyncio\n\nprint("my own work")\n';
  await app.setCode(mine);
  const link = GOLDEN_LINKS[0]!.fragment;
  await app.page.goto(`/?test&broken=1${link.slice(0, Math.floor(link.length / 2))}`);
  await app.idle();
  const notice = app.page.getByTestId('link-notice');
  await expect(notice).toContainText('This link is incomplete');
  await expect(notice).toContainText('The default example was opened instead.');
  expect(await app.code()).toBe(DEFAULT_EXAMPLE.code);
  await expect(app.editorLine(1)).toContainText('import asyncio');

  await notice.getByRole('button', { name: 'Dismiss this message' }).click();
  await expect(notice).toBeHidden();
  // The broken link did not overwrite what this browser had saved.
  await app.open();
  expect(await app.code()).toBe(mine);
});

test('a damaged or newer-version link says what is wrong with it', async ({ app }) => {
  const link = GOLDEN_LINKS[0]!.fragment;
  const damaged = `${link.slice(0, 40)}${link[40] === 'A' ? 'B' : 'A'}${link.slice(41)}`;
  await app.page.goto(`/?test&broken=2${damaged}`);
  await app.idle();
  await expect(app.page.getByTestId('link-notice')).toContainText('This link is damaged');
  await app.page.goto('/?test&broken=3#v7.abc');
  await app.idle();
  await expect(app.page.getByTestId('link-notice')).toContainText('made by a newer version of Loopscope');
  expect(await app.code()).toBe(DEFAULT_EXAMPLE.code);
  await app.open();
});
