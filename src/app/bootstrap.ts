import { compareExampleById } from '../examples/compare/index.ts';
import { DEFAULT_EXAMPLE, exampleById } from '../examples/index.ts';
import { createAppStore, type AppStore } from '../store/app-store.ts';
import { loadSaved, persist, type KeyValueStorage } from '../store/persistence.ts';
import { pagePalette } from '../views/theme/page-palette.ts';
import { applyPalette } from '../views/theme/palette.ts';
import { chooseRunner } from './choose-runner.ts';
import { readShareLink, startShareLinks } from './share-link-startup.ts';
import { installTestHook } from './test-hook.ts';

/** The browser, as far as the app needs it; passed in so nothing below reaches for globals. */
export interface BrowserEnv {
  window: Window;
  location: Location;
  storage: KeyValueStorage | null;
  /** When Python may start booting (the page's first paint); at once if absent. */
  pythonStartsAfter?: Promise<unknown>;
}

/** Builds the store from the URL, saved state and the system theme, and wires it to the page. */
export async function bootstrap(env: BrowserEnv): Promise<AppStore> {
  const params = new URLSearchParams(env.location.search);
  const runner = await chooseRunner(params, env.pythonStartsAfter);
  const saved = loadSaved(env.storage);
  // A link naming an example wins over what this browser had saved; a share link wins over
  // both, and a broken one opens the default example (its message comes with startShareLinks).
  const linked = exampleById(params.get('example') ?? '');
  const shared = readShareLink(env.location.hash);
  const initial = shared ? (shared.ok ? null : DEFAULT_EXAMPLE) : linked ?? (saved.code === null ? DEFAULT_EXAMPLE : null);
  const dark = env.window.matchMedia('(prefers-color-scheme: dark)');

  const store = createAppStore({
    runner,
    code: initial?.code ?? saved.code ?? '',
    exampleId: initial?.id ?? saved.exampleId ?? null,
    themePreference: params.get('theme') === 'dark' || params.get('theme') === 'light' ? (params.get('theme') as 'dark' | 'light') : saved.themePreference ?? 'system',
    systemTheme: dark.matches ? 'dark' : 'light',
    presenter: params.has('presenter'),
  });
  // `?example=` may name a compare example: it opens compare mode with both variants.
  const linkedCompare = shared ? undefined : compareExampleById(params.get('example') ?? '');
  if (linkedCompare) {
    store.getState().loadVariants('compare', linkedCompare.variants);
    store.setState({ exampleId: linkedCompare.id });
  }
  persist(store, env.storage);
  startShareLinks(store, shared, env);

  dark.addEventListener('change', (e) => store.getState().setSystemTheme(e.matches ? 'dark' : 'light'));
  const root = env.window.document.documentElement;
  applyPalette(root, pagePalette(store.getState()));
  store.subscribe((s, prev) => {
    if (pagePalette(s) !== pagePalette(prev)) applyPalette(root, pagePalette(s));
  });

  // Ctrl/Cmd+Enter anywhere on the page runs (Monaco handles it itself while focused).
  env.window.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
      e.preventDefault();
      void store.getState().run();
    }
  });

  if (params.has('test') || import.meta.env.MODE === 'e2e') installTestHook(env.window, store, runner);
  return store;
}
