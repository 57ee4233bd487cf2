import type { Download, Locator, Page } from '@playwright/test';
import { expect, type Loopscope } from './fixtures.ts';

/** The Share dialog, as a person uses it: choose what the link opens on, then copy. */
export class ShareDialog {
  constructor(readonly app: Loopscope) {}

  get dialog(): Locator {
    return this.app.page.getByRole('dialog', { name: 'Share' });
  }

  async open(): Promise<void> {
    await this.app.page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async opensOn(panel: 'Event loop (default)' | 'Tasks' | 'Output'): Promise<void> {
    await this.dialog.getByLabel('Opens on').selectOption({ label: panel });
  }

  async presenter(on: boolean): Promise<void> {
    await this.dialog.getByLabel('Presenter mode').setChecked(on);
  }

  /** Presses "Copy link" and returns the link, from the field beside it. */
  async copyLink(): Promise<string> {
    await this.dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(this.dialog.getByRole('status').first()).toContainText(/Copied|press/);
    return this.dialog.getByTestId('share-link').inputValue();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close sharing' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** A share link, opened with the test hook on: `?test` goes before the fragment. */
export function withTestHook(link: string, extra = ''): string {
  const url = new URL(link);
  return `${url.pathname}?test${extra}${url.hash}`;
}

/** Chooses an Export menu item and returns the file it downloads. */
export async function exportAs(page: Page, item: 'Timeline as SVG' | 'Timeline as PNG' | 'Trace as Loopscope JSON' | 'Trace for Perfetto'): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: download.suggestedFilename(), bytes: await read(download) };
}

async function read(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
