/**
 * The embed view's start-up (embed.html): options from the query, code from the fragment
 * (share-link format) or a gallery example, its own runner and sandbox (every embed on a
 * page boots its own Python), and nothing saved: an embed must not overwrite what the reader
 * keeps in the full app on the same origin.
 */
import { compareExampleById } from '../examples/compare/index.ts';
import { DEFAULT_EXAMPLE, exampleById } from '../examples/index.ts';
import { parseEmbedParams, type EmbedSetup } from '../share/embed-params.ts';
import { createAppStore, type AppStore } from '../store/app-store.ts';
import { chooseRunner } from './choose-runner.ts';
import { runWhenReady } from './run-when-ready.ts';
import { installTestHook } from './test-hook.ts';
import { syncTheme } from './theme-sync.ts';

/** Query keys for development and tests (`?fake`, `?test`), not embed options. */
const APP_KEYS = ['fake', 'test'];

export interface EmbedStart {
  store: AppStore;
  setup: EmbedSetup;
}

/** `pythonStartsAfter`: when Python may start booting (the embed's first paint); at once if absent. */
export async function bootstrapEmbed(win: Window, pythonStartsAfter?: Promise<unknown>): Promise<EmbedStart> {
  const params = new URLSearchParams(win.location.search);
  const options = new URLSearchParams([...params].filter(([key]) => !APP_KEYS.includes(key)));
  const setup = parseEmbedParams(options, win.location.hash);
  const { config, state } = setup;
  const runner = await chooseRunner(params, pythonStartsAfter);
  const example = exampleById(config.example ?? '') ?? (config.example ? null : DEFAULT_EXAMPLE);
  const store = createAppStore({
    runner,
    code: example?.code ?? DEFAULT_EXAMPLE.code,
    themePreference: config.theme === 'auto' ? 'system' : config.theme,
    systemTheme: win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  });
  const compare = state ? null : compareExampleById(config.example ?? '');
  if (state) store.getState().openShareState({ ...state, view: {}, playback: undefined });
  else if (compare) store.getState().loadVariants('compare', compare.variants);
  const unknownExample = config.example && !example && !compare ? [`There is no example called ${config.example}; the default example was opened instead.`] : [];
  const warnings = [...setup.warnings, ...unknownExample];
  if (warnings.length) store.getState().setLinkNotice(warnings.join(' '));
  syncTheme(store, win);
  if (config.autorun) runWhenReady(store);
  if (params.has('test') || import.meta.env.MODE === 'e2e') installTestHook(win, store, runner);
  return { store, setup };
}
