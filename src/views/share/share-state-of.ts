import { encodeShareFragment } from '../../share/share-link.ts';
import { DEFAULT_VARIANT_NAME, type SharePanel, type ShareState } from '../../share/share-state.ts';
import type { AppState } from '../../store/app-state.ts';
import { sharePanelOfSide } from '../../store/share-view.ts';

/** What the person sharing chose in the dialog. */
export interface ShareChoices {
  /** The panel the link opens on; undefined for the default. */
  panel: SharePanel | undefined;
  presenter: boolean;
  /** Include the replay position (when there is one). */
  playback: boolean;
}

type Source = Pick<AppState, 'mode' | 'variants' | 'code' | 'playback' | 'sidePanel' | 'presenter'>;

/** The dialog's starting choices: what the page shows now. */
export function currentChoices(s: Source): ShareChoices {
  return { panel: sharePanelOfSide(s.sidePanel), presenter: s.presenter, playback: s.playback.index !== null };
}

/** The state a link made now would hold: the code (or both variants), the view, maybe the replay position. */
export function shareStateOf(s: Source, choices: ShareChoices): ShareState {
  const view = { ...(choices.panel ? { panel: choices.panel } : {}), ...(choices.presenter ? { presenter: true } : {}) };
  // The share format has no "before the first event" (-1): the first event is the nearest.
  const playback = choices.playback && s.playback.index !== null ? { playback: { event: Math.max(0, s.playback.index) } } : {};
  if (s.mode === 'compare' && s.variants.length >= 2) {
    const [a, b] = s.variants as [AppState['variants'][number], AppState['variants'][number]];
    return { mode: 'compare', variants: [{ name: a.name, code: a.code }, { name: b.name, code: b.code }], view, ...playback };
  }
  return { mode: 'single', variants: [{ name: DEFAULT_VARIANT_NAME, code: s.code }], view, ...playback };
}

/** The page's address without query or fragment: where a share link points. */
export function shareBase(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/** The full link: base + `#v1.…`. Throws like encodeShareFragment (ask shareStateProblem first). */
export function shareUrl(base: string, state: ShareState): string {
  return `${base}${encodeShareFragment(state)}`;
}
