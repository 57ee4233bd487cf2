import type { Slice } from './app-state.ts';

/** The tabbed panel beside the timeline: the loop at the cursor, the tasks table, or the output. */
export type SidePanel = 'loop' | 'tasks' | 'output';

export interface LayoutSlice {
  /** Classroom layout: large type, high contrast, the timeline big, the code small. */
  presenter: boolean;
  /** The tab open in the side panel (a layout without that tab shows its first). */
  sidePanel: SidePanel;
  /** Presenter mode with the editor folded away, for the widest timeline. */
  codeHidden: boolean;
  setPresenter(on: boolean): void;
  setSidePanel(panel: SidePanel): void;
  setCodeHidden(hidden: boolean): void;
}

export const createLayoutSlice =
  (presenter: boolean): Slice<LayoutSlice> =>
  (set) => ({
    presenter,
    sidePanel: 'loop',
    codeHidden: false,
    // Leaving presenter mode brings the code back: the playground always shows it.
    setPresenter: (on) => set(on ? { presenter: true } : { presenter: false, codeHidden: false }),
    setSidePanel: (sidePanel) => set({ sidePanel }),
    setCodeHidden: (codeHidden) => set({ codeHidden }),
  });
