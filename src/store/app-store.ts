import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Runner } from '../runner/runner.ts';
import type { AppState } from './app-state.ts';
import { createCodeSlice } from './code-slice.ts';
import { createCompareSlice } from './compare-slice.ts';
import { createLayoutSlice } from './layout-slice.ts';
import { createPlaybackSlice } from './playback-slice.ts';
import { createRunSlice } from './run-slice.ts';
import { createSelectionSlice } from './selection-slice.ts';
import { createShareSlice } from './share-slice.ts';
import { createThemeSlice, type ThemeName, type ThemePreference } from './theme-slice.ts';
import { createTraceSlice } from './trace-slice.ts';
import { createUiSlice } from './ui-slice.ts';

export type AppStore = StoreApi<AppState>;

/** Everything the store starts from. Browser globals are read by the caller, not here. */
export interface AppStoreInit {
  runner: Runner;
  code: string;
  exampleId?: string | null;
  themePreference?: ThemePreference;
  systemTheme?: ThemeName;
  /** Start in presenter mode (`?presenter`). */
  presenter?: boolean;
}

export function createAppStore(init: AppStoreInit): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createCodeSlice(init.code)(...a),
    ...createRunSlice(init.runner)(...a),
    ...createTraceSlice(...a),
    ...createSelectionSlice(...a),
    ...createThemeSlice(init.themePreference ?? 'system', init.systemTheme ?? 'light')(...a),
    ...createUiSlice(init.exampleId ?? null)(...a),
    ...createPlaybackSlice(...a),
    ...createCompareSlice(init.runner)(...a),
    ...createLayoutSlice(init.presenter ?? false)(...a),
    ...createShareSlice(...a),
  }));
  // The runner announces its own status (boot progress, ready, running): mirror it.
  init.runner.onStatus((status) => store.getState().setRunnerStatus(status));
  return store;
}

/** True when nothing is loading or running: the e2e "idle" signal. */
export function isIdle(s: AppState): boolean {
  return s.editorReady && !s.running && (s.runnerStatus.state === 'ready' || s.runnerStatus.state === 'failed');
}

export function canRun(s: Pick<AppState, 'running' | 'runnerStatus'>): boolean {
  return !s.running && s.runnerStatus.state === 'ready';
}
