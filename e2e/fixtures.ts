import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { LoopscopeTestHook } from '../src/app/test-hook.ts';

export { expect };

declare global {
  interface Window {
    __loopscope?: LoopscopeTestHook;
  }
}

/**
 * The page object: what a learner sees and does, in their words. Waits on the app's
 * explicit idle signal (window.__loopscope.idle()), never on sleeps.
 */
export class Loopscope {
  constructor(readonly page: Page) {}

  /** Opens the app (with the test hook) and waits until Python and the editor are ready. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`/?test${query}`);
    await this.idle();
  }

  /** Opens the app unless it is already open: Python boots once per worker, not per test. */
  async ensureOpen(): Promise<void> {
    if (!this.page.url().includes('?test')) await this.open();
    await this.page.keyboard.press('Escape');
    await this.idle();
    // Whatever the last spec left on (compare, presenter, a replay), start from the plain playground.
    await this.page.evaluate(() => window.__loopscope!.resetView());
  }

  async idle(): Promise<void> {
    await this.page.waitForFunction(() => window.__loopscope !== undefined);
    await this.page.evaluate(() => window.__loopscope!.idle());
  }

  get runButton(): Locator {
    return this.page.getByRole('button', { name: 'Run', exact: true });
  }

  async run(): Promise<void> {
    await expect(this.runButton).toBeEnabled();
    await this.runButton.click();
    await this.idle();
  }

  async runWithShortcut(): Promise<void> {
    await this.editorLines.click();
    await this.page.keyboard.press('ControlOrMeta+Enter');
    await this.idle();
  }

  /** Puts code in the editor through the store (fast, exact). */
  async setCode(code: string): Promise<void> {
    await this.page.evaluate((c) => window.__loopscope!.setCode(c), code);
    await expect.poll(() => this.page.evaluate(() => window.__loopscope!.code())).toBe(code);
  }

  /**
   * Replaces the code the way a person does: select all, then paste. (Typing a whole
   * program key by key would meet the editor's auto-indent, as a person's typing does.)
   */
  async pasteCode(code: string): Promise<void> {
    await this.editorLines.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    // Whatever has focus receives the paste: Monaco's EditContext div in Chromium, its textarea elsewhere.
    await this.page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, code);
  }

  /** Types at the end of the code, key by key. */
  async typeAtEnd(text: string): Promise<void> {
    await this.editorLines.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  code(): Promise<string> {
    return this.page.evaluate(() => window.__loopscope!.code());
  }

  selection() {
    return this.page.evaluate(() => window.__loopscope!.selection());
  }

  outcomeStatus(): Promise<string | null> {
    return this.page.evaluate(() => window.__loopscope!.trace()?.outcome.status ?? null);
  }

  get editor(): Locator {
    return this.page.getByTestId('editor');
  }

  get editorLines(): Locator {
    return this.editor.locator('.view-lines');
  }

  /** The rendered editor line with this 1-based number. */
  editorLine(n: number): Locator {
    return this.editor.locator('.view-line').nth(n - 1);
  }

  get laneLabels(): Locator {
    return this.page.getByTestId('lane-labels').locator('.lane-label');
  }

  lane(name: string): Locator {
    return this.laneLabels.filter({ has: this.page.locator('.lane-name', { hasText: new RegExp(`^${name}$`) }) });
  }

  get canvas(): Locator {
    return this.page.getByTestId('timeline-canvas');
  }

  get tooltip(): Locator {
    return this.page.getByTestId('timeline-tooltip');
  }

  get console(): Locator {
    return this.page.getByTestId('console');
  }

  consoleLine(text: string): Locator {
    return this.console.locator('.console-line', { hasText: text });
  }

  get tasksTable(): Locator {
    return this.page.getByRole('table', { name: 'Tasks' });
  }

  /** Opens a tab of the panel beside the timeline. */
  async showPanel(name: 'Event loop' | 'Tasks' | 'Output'): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Panels' }).getByRole('tab', { name, exact: true }).click();
  }

  get loopPanel(): Locator {
    return this.page.getByTestId('loop-panel');
  }

  get playbackBar(): Locator {
    return this.page.getByRole('group', { name: 'Replay' });
  }

  playback() {
    return this.page.evaluate(() => window.__loopscope!.playback());
  }

  /** Loads a gallery example (single or compare) the way a learner does, and waits for its run. */
  async loadExample(id: string): Promise<void> {
    const gallery = await this.openGallery();
    await gallery.locator(`[data-example="${id}"]`).click();
    await expect(gallery).toBeHidden();
    await this.idle();
  }

  get outcome(): Locator {
    return this.page.getByTestId('outcome');
  }

  /**
   * The point of the plot over a lane at a virtual time, found the way a reader does:
   * from the lane's label row and the axis tick labels ("0 s", "1 s").
   */
  async pointAt(laneName: string, seconds: number): Promise<{ x: number; y: number }> {
    const row = await this.lane(laneName).boundingBox();
    const ticks = this.page.locator('.timeline-axis g.tick');
    const zero = await ticks.filter({ hasText: /^0 s$/ }).boundingBox();
    const one = await ticks.filter({ hasText: /^1(\.0)? s$/ }).first().boundingBox();
    if (!row || !zero || !one) throw new Error('timeline not laid out');
    const perSecond = one.x + one.width / 2 - (zero.x + zero.width / 2);
    return { x: zero.x + zero.width / 2 + seconds * perSecond, y: row.y + row.height / 2 };
  }

  async hoverAt(laneName: string, seconds: number): Promise<void> {
    const p = await this.pointAt(laneName, seconds);
    await this.page.mouse.move(p.x, p.y);
  }

  async openGallery(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Examples' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Examples' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}

/** One page per worker: Python boots once, and every spec reuses it. */
export const test = base.extend<{ app: Loopscope }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, provide, workerInfo) => {
      // The config's address (a local config may serve the build on another port).
      const baseURL = workerInfo.project.use.baseURL ?? 'http://localhost:4173';
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light', baseURL });
      const page = await context.newPage();
      await provide(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ sharedPage }, provide) => {
    const app = new Loopscope(sharedPage);
    await app.ensureOpen();
    await provide(app);
  },
});
