/** Headless Chromium as the e2e tests drive it: Debian's unless LOOPSCOPE_CHROMIUM names another. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium unless LOOPSCOPE_CHROMIUM names another; undefined: Playwright's own. */
export function chromiumPath() {
  return process.env.LOOPSCOPE_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

export function launch() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** A fresh context: empty HTTP cache, no service worker, the e2e viewport. */
export function freshContext(browser) {
  // A bare browser (cdp.mjs) has contexts of its own kind, with its one viewport.
  if (browser.bare) return browser.newContext();
  return browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light', serviceWorkers: 'allow' });
}
