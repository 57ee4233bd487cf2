/**
 * The share format's panel names (frozen in v1 links: timeline, tasks, console) against the
 * app's side-panel tabs (loop, tasks, output). `timeline` is the app's default view, whose
 * side panel is the event loop at the cursor; links leave it out when nothing else was chosen.
 */
import type { SharePanel } from '../share/share-state.ts';
import type { SidePanel } from './layout-slice.ts';

const TO_SIDE: Record<SharePanel, SidePanel> = { timeline: 'loop', tasks: 'tasks', console: 'output' };

/** The tab a link's panel opens; null when the link does not say. */
export function sidePanelOfShare(panel: SharePanel | undefined): SidePanel | null {
  return panel ? TO_SIDE[panel] : null;
}

/** The link's panel for a tab; undefined for the default (loop) tab, which links leave out. */
export function sharePanelOfSide(panel: SidePanel): SharePanel | undefined {
  if (panel === 'tasks') return 'tasks';
  if (panel === 'output') return 'console';
  return undefined;
}
