import type { AppStore } from '../../store/app-store.ts';
import { focusKind } from './focus-kind.ts';
import { focusTask } from './focus-task.ts';
import { playbackKeyAction } from './playback-keys.ts';

/** Installs the replay keys on the page (see playback-keys.ts); returns the uninstall. */
export function installPlaybackKeys(win: Window, store: AppStore): () => void {
  const onKey = (ev: KeyboardEvent) => {
    if (ev.defaultPrevented || (ev.repeat && ev.key === ' ')) return;
    const s = store.getState();
    const action = playbackKeyAction(ev, focusKind(win.document.activeElement), s.presenter);
    if (!action) return;
    const last = (s.trace?.events.length ?? 0) - 1;
    switch (action.kind) {
      case 'toggle-play':
        s.setPlaying(!s.playback.playing);
        break;
      case 'step':
        s.stepEvent(action.delta);
        break;
      case 'step-task': {
        const task = focusTask(s);
        if (task === null) s.stepEvent(action.delta);
        else s.stepTask(action.delta, task);
        break;
      }
      case 'start':
        s.seekEvent(-1);
        break;
      case 'end':
        s.seekEvent(last);
        break;
      case 'toggle-presenter':
        s.setPresenter(!s.presenter);
        break;
      case 'exit-presenter':
        s.setPresenter(false);
        break;
    }
    // The page would scroll on space and arrows; the keys are ours now.
    ev.preventDefault();
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
