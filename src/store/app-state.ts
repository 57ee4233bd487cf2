/**
 * The one store's shape, in slices. Plain serializable data only: no scales, no DOM,
 * no Pyodide proxies. Derived data (the trace model) is computed from `trace` by
 * modelOf() outside the store.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { CodeSlice } from './code-slice.ts';
import type { CompareSlice } from './compare-slice.ts';
import type { LayoutSlice } from './layout-slice.ts';
import type { PlaybackSlice } from './playback-slice.ts';
import type { RunSlice } from './run-slice.ts';
import type { SelectionSlice } from './selection-slice.ts';
import type { ShareSlice } from './share-slice.ts';
import type { ThemeSlice } from './theme-slice.ts';
import type { TraceSlice } from './trace-slice.ts';
import type { UiSlice } from './ui-slice.ts';

export type AppState = CodeSlice & RunSlice & TraceSlice & SelectionSlice & ThemeSlice & UiSlice & PlaybackSlice & CompareSlice & LayoutSlice & ShareSlice;

/** A slice creator that can see (and call) the whole store. */
export type Slice<T> = StateCreator<AppState, [], [], T>;
