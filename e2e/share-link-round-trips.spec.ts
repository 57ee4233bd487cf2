import { mkdirSync } from 'node:fs';
import { expect, Loopscope, test } from './fixtures.ts';
import { ShareDialog, withTestHook } from './sharing.ts';
import { THREE_SLEEPS } from './snippets.ts';
import { GOLDEN_LINKS } from './golden-links.ts';

test('a share link round-trips in a fresh browser context: code and view', async ({ app, browser }) => {
  const code = THREE_SLEEPS.replace('nap("C", 3)', 'nap("shared", 4)');
  await app.setCode(code);
  const share = new ShareDialog(app);
  await share.open();
  await share.opensOn('Tasks');
  await share.presenter(true);
  const link = await share.copyLink();
  mkdirSync('e2e-artifacts/screenshots', { recursive: true });
  await share.dialog.screenshot({ path: 'e2e-artifacts/screenshots/share-dialog.png' });
  expect(new URL(link).hash).toMatch(/^#v1\./);
  expect(new URL(link).pathname).toBe('/');
  await share.close();

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const fresh = new Loopscope(await context.newPage());
  await fresh.page.goto(withTestHook(link));
  await fresh.idle();
  expect(await fresh.code()).toBe(code);
  expect(await fresh.page.evaluate(() => window.__loopscope!.view())).toMatchObject({ mode: 'single', sidePanel: 'tasks', presenter: true, linkNotice: null });
  // The shared code ran on arrival, and the address no longer carries it (a reload keeps edits).
  await expect(fresh.lane('Task-4')).toBeVisible();
  expect(new URL(fresh.page.url()).hash).toBe('');
  await context.close();
});

test('a compare link round-trips both variants', async ({ app, browser }) => {
  const compare = GOLDEN_LINKS.find((l) => l.state.mode === 'compare')!;
  await app.page.goto(`/?test&from=compare${compare.fragment}`);
  await app.idle();
  const edited = `${compare.state.variants[0]!.code}print("edited before sharing")\n`;
  await app.setCode(edited);
  const share = new ShareDialog(app);
  await share.open();
  const link = await share.copyLink();
  await share.close();

  const context = await browser.newContext();
  const fresh = new Loopscope(await context.newPage());
  await fresh.page.goto(withTestHook(link));
  await fresh.idle();
  const view = await fresh.page.evaluate(() => window.__loopscope!.view());
  expect(view.mode).toBe('compare');
  expect(view.variants).toEqual([{ name: 'sequential', code: edited }, compare.state.variants[1]]);
  await context.close();
  await app.open();
});
