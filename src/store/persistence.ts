import type { AppStore } from './app-store.ts';
import type { ThemePreference } from './theme-slice.ts';

/** The part of Web Storage we use; passed in so tests can hand a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const CODE_KEY = 'loopscope.code.v1';
const THEME_KEY = 'loopscope.theme.v1';
const EXAMPLE_KEY = 'loopscope.example.v1';

export interface Saved {
  code: string | null;
  exampleId: string | null;
  themePreference: ThemePreference | null;
}

export function loadSaved(storage: KeyValueStorage | null): Saved {
  const get = (k: string) => {
    try {
      return storage?.getItem(k) ?? null;
    } catch {
      return null; // storage disabled (privacy mode, sandboxed frame)
    }
  };
  const theme = get(THEME_KEY);
  return {
    code: get(CODE_KEY),
    exampleId: get(EXAMPLE_KEY),
    themePreference: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : null,
  };
}

/** Writes code, example and theme back whenever they change. Returns the unsubscribe. */
export function persist(store: AppStore, storage: KeyValueStorage | null): () => void {
  if (!storage) return () => {};
  const put = (k: string, v: string | null) => {
    try {
      storage.setItem(k, v ?? '');
    } catch {
      // Quota or disabled storage: losing persistence must not break the page.
    }
  };
  return store.subscribe((s, prev) => {
    // Compare mode's code is a variant's; single mode's own code waits in the stash, already saved.
    if (s.code !== prev.code && s.mode === 'single') put(CODE_KEY, s.code);
    if (s.exampleId !== prev.exampleId) put(EXAMPLE_KEY, s.exampleId);
    if (s.themePreference !== prev.themePreference) put(THEME_KEY, s.themePreference);
  });
}
