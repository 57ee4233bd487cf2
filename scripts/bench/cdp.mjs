/**
 * Headless Chromium driven over a bare DevTools pipe, attached to the page and nothing else.
 *
 * Playwright attaches its DevTools client to every worker a page starts, and an attached client
 * slows a worker's start: the Python worker evaluated its 1 MB script in ~1.1 s with Playwright
 * attached and in ~0.4 s without (scripts/dev/ab-cold.mjs, 2026-12-02), and a debugger can change
 * how WebAssembly is compiled. A user's browser has no client attached, so the bench times cold
 * starts through this. It offers the few calls the bench's cold visits use, shaped like
 * Playwright's: contexts (own cache and service workers), init scripts, goto, evaluate and
 * waitForFunction.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** A function and its argument as an expression, as Playwright's evaluate sends them. */
const call = (fn, arg) => `(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`;

export async function launchBare() {
  const profile = mkdtempSync(join(tmpdir(), 'loopscope-cdp-'));
  const executable = chromiumPath() ?? chromium.executablePath();
  // fd 3: commands to Chromium; fd 4: its replies and events, each message ending in a NUL.
  const chrome = spawn(executable, ['--headless=new', ...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--window-size=1440,900', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [toChrome, fromChrome] = [chrome.stdio[3], chrome.stdio[4]];
  let nextId = 1;
  const pending = new Map();
  let buffered = '';
  fromChrome.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiter = message.id !== undefined && pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
  });
  // Chromium gone (or never started): every call still waiting fails, and later ones at once.
  let gone;
  const fail = (why) => {
    gone ??= new Error(`Chromium (${executable}) ${why}`);
    for (const waiter of pending.values()) waiter.reject(gone);
    pending.clear();
  };
  chrome.on('error', (err) => fail(`could not start: ${err.message}`));
  chrome.on('exit', (code, signal) => fail(`exited (${signal ?? code})`));
  toChrome.on('error', (err) => fail(`closed its pipe: ${err.message}`));
  fromChrome.on('error', (err) => fail(`closed its pipe: ${err.message}`));
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (gone) return reject(gone);
      const id = nextId++;
      pending.set(id, { resolve, reject, method });
      toChrome.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  const { product } = await send('Browser.getVersion');

  async function newPage(browserContextId, initScripts) {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    const on = (method, params) => send(method, params, sessionId);
    await on('Page.enable');
    // The e2e viewport, as freshContext (browser.mjs) sets it.
    await on('Emulation.setDeviceMetricsOverride', { width: 1440, height: 900, deviceScaleFactor: 1, mobile: false });
    for (const source of initScripts) await on('Page.addScriptToEvaluateOnNewDocument', { source });
    const evaluate = async (fn, arg) => {
      const { result, exceptionDetails } = await on('Runtime.evaluate', { expression: call(fn, arg), awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    };
    return {
      goto: (url) => on('Page.navigate', { url }),
      evaluate,
      async waitForFunction(fn, arg, { timeout = 30_000, polling = 100 } = {}) {
        const deadline = Date.now() + timeout;
        for (;;) {
          const value = await evaluate(fn, arg).catch(() => undefined); // mid-navigation
          if (value) return value;
          if (Date.now() > deadline) throw new Error(`waitForFunction: timed out after ${timeout} ms`);
          await sleep(polling);
        }
      },
      close: () => send('Target.closeTarget', { targetId }),
    };
  }

  return {
    /** Not Playwright: freshContext (browser.mjs) makes its contexts with newContext() here. */
    bare: true,
    version: () => product.replace(/^[^/]*\//, ''),
    /** A context of its own: empty HTTP cache, no service worker. */
    async newContext() {
      const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: true });
      const initScripts = [];
      return {
        addInitScript: async (fn, arg) => void initScripts.push(call(fn, arg)),
        newPage: () => newPage(browserContextId, initScripts),
        close: () => send('Target.disposeBrowserContext', { browserContextId }),
      };
    },
    async close() {
      await send('Browser.close').catch(() => {});
      await new Promise((r) => (chrome.exitCode !== null ? r() : chrome.once('exit', r)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
