import type { ShareState } from '../share/share-state.ts';
import type { Slice } from './app-state.ts';
import { sidePanelOfShare } from './share-view.ts';

export interface ShareSlice {
  /** Why the link this page was opened with could not be used; shown until dismissed. */
  linkNotice: string | null;
  /** The replay position (event index) a shared link asked for, applied once its run finishes. */
  linkSeek: number | null;
  /** Restores a shared state: code (or both variants), panel, presenter, and the replay position to come. Does not run. */
  openShareState(state: ShareState): void;
  setLinkNotice(notice: string | null): void;
  /** Moves the cursor to `linkSeek` (if any) and forgets it. */
  applyLinkSeek(): void;
}

export const createShareSlice: Slice<ShareSlice> = (set, get) => ({
  linkNotice: null,
  linkSeek: null,
  openShareState: (state) => {
    const s = get();
    s.loadVariants(state.mode, state.variants);
    const panel = sidePanelOfShare(state.view.panel);
    if (panel) s.setSidePanel(panel);
    s.setPresenter(state.view.presenter === true);
    // A shared snippet is not a gallery example: no "what to look for" note.
    set({ exampleId: null, linkNotice: null, linkSeek: state.playback?.event ?? null });
  },
  setLinkNotice: (linkNotice) => set({ linkNotice }),
  applyLinkSeek: () => {
    const { linkSeek, trace } = get();
    if (linkSeek === null || !trace) return;
    // Seek first: whoever is notified in between must already see the cursor where the link says.
    get().seekEvent(linkSeek);
    set({ linkSeek: null });
  },
});
