/**
 * The plain editor's caret, scroll and focus at the moment Monaco replaced it, for Monaco to
 * take over: someone typing while Monaco loads keeps typing where they were.
 */
export interface PlainState {
  start: number;
  end: number;
  focused: boolean;
  scrollTop: number;
}

let kept: PlainState | null = null;

export const plainHandoff = {
  keep(state: PlainState) {
    kept = state;
  },
  clear() {
    kept = null;
  },
  /** What was kept, once: a later Monaco (another tab, a remount) starts fresh. */
  take(): PlainState | null {
    const state = kept;
    kept = null;
    return state;
  },
};
