import type { AppStore } from '../store/app-store.ts';
import { resolvedTheme } from '../store/theme-slice.ts';
import { applyPalette, paletteFor } from '../views/theme/palette.ts';

/** Keeps the page's palette (--ls-* on <html>) on the store's theme, following the system's. */
export function syncTheme(store: AppStore, win: Window): void {
  const dark = win.matchMedia('(prefers-color-scheme: dark)');
  dark.addEventListener('change', (e) => store.getState().setSystemTheme(e.matches ? 'dark' : 'light'));
  const root = win.document.documentElement;
  applyPalette(root, paletteFor(resolvedTheme(store.getState())));
  store.subscribe((s, prev) => {
    if (resolvedTheme(s) !== resolvedTheme(prev)) applyPalette(root, paletteFor(resolvedTheme(s)));
  });
}
