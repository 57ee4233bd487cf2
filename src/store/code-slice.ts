import type { Slice } from './app-state.ts';

export interface CodeSlice {
  /** The snippet in the editor. */
  code: string;
  setCode(code: string): void;
}

export const createCodeSlice =
  (initialCode: string): Slice<CodeSlice> =>
  (set) => ({
    code: initialCode,
    // In compare mode the editor holds the active variant: its code is written through.
    setCode: (code) =>
      set((s) => (s.mode === 'compare' ? { code, variants: s.variants.map((v, i) => (i === s.activeVariant ? { ...v, code } : v)) } : { code })),
  });
