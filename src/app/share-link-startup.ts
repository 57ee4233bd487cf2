/**
 * Opening the page from a share link: `#v1.…` or `#code=…` overrides the saved code, runs it
 * once Python is ready and moves the replay to where the link says. A broken link opens the
 * default example with a message instead (never a blank page), and leaves the saved code alone.
 */
import { decodeShareFragment, type ShareDecodeResult } from '../share/share-link.ts';
import type { AppStore } from '../store/app-store.ts';
import { runWhenReady } from './run-when-ready.ts';

/** The fragment's link, or null when there is none (the ordinary case). */
export function readShareLink(hash: string): ShareDecodeResult | null {
  const decoded = decodeShareFragment(hash);
  return !decoded.ok && decoded.reason === 'empty' ? null : decoded;
}

interface LinkEnv {
  window: Window;
  location: Location;
}

/**
 * Applies the link read at start-up (the store already holds the default example if it was
 * broken), then follows links pasted into this tab's address bar, which change only the hash.
 */
export function startShareLinks(store: AppStore, link: ShareDecodeResult | null, env: LinkEnv): void {
  if (link) apply(store, link, env, 'start');
  env.window.addEventListener('hashchange', () => {
    const next = readShareLink(env.location.hash);
    if (next) apply(store, next, env, 'pasted');
  });
}

function apply(store: AppStore, link: ShareDecodeResult, env: LinkEnv, when: 'start' | 'pasted'): void {
  if (link.ok) {
    store.getState().openShareState(link.state);
    runWhenReady(store);
  } else {
    // At start the default example is already in the editor; a link pasted later leaves the code as it is.
    store.getState().setLinkNotice(when === 'start' ? link.message : link.problem);
  }
  // The code now lives in the editor (and storage): a reload must not undo edits made since.
  env.window.history.replaceState(env.window.history.state, '', `${env.location.pathname}${env.location.search}`);
}
