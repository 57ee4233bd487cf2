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
    setCode: (code) => set({ code }),
  });
