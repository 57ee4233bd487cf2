import type { SegmentRef } from '../model/types.ts';
import type { Slice } from './app-state.ts';

/** A request for the editor to show a line; `seq` makes a repeated click count again. */
export interface LineFocus {
  line: number;
  seq: number;
}

/** What the pointer is over on the timeline. */
export type Hovered = { kind: 'segment'; ref: SegmentRef } | { kind: 'mark'; row: number; index: number };

export interface SelectionSlice {
  /** The segment clicked on the timeline. */
  selected: SegmentRef | null;
  hovered: Hovered | null;
  /** The console line under the pointer (index into trace.output). */
  hoveredOutput: number | null;
  /** The editor's cursor line: the timeline highlights every segment at it. */
  cursorLine: number | null;
  /** The line the rest of the app points at in the editor (segment click, traceback link). */
  focusLine: LineFocus | null;
  select(ref: SegmentRef | null, line: number | null): void;
  hover(h: Hovered | null): void;
  hoverOutput(index: number | null): void;
  setCursorLine(line: number | null): void;
  revealLine(line: number): void;
}

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selected: null,
  hovered: null,
  hoveredOutput: null,
  cursorLine: null,
  focusLine: null,
  select: (selected, line) => {
    set({ selected });
    if (line !== null) get().revealLine(line);
  },
  hover: (hovered) => {
    const cur = get().hovered;
    if (sameHover(cur, hovered)) return;
    set({ hovered });
  },
  hoverOutput: (hoveredOutput) => set({ hoveredOutput }),
  setCursorLine: (cursorLine) => {
    if (get().cursorLine !== cursorLine) set({ cursorLine });
  },
  revealLine: (line) => set((s) => ({ focusLine: { line, seq: (s.focusLine?.seq ?? 0) + 1 } })),
});

function sameHover(a: Hovered | null, b: Hovered | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'segment' && b.kind === 'segment') return a.ref.row === b.ref.row && a.ref.index === b.ref.index;
  if (a.kind === 'mark' && b.kind === 'mark') return a.row === b.row && a.index === b.index;
  return false;
}
