import { useEffect } from 'react';
import { useAppStore } from '../store-context.tsx';
import { PlaybackDriver } from './playback-driver.ts';
import { installPlaybackKeys } from './playback-keys-listener.ts';

/** Starts the play loop and the replay keys for the page's lifetime; both stop on unmount. */
export function usePlaybackEngine(): void {
  const store = useAppStore();
  useEffect(() => {
    const driver = new PlaybackDriver(store, window);
    const uninstallKeys = installPlaybackKeys(window, store);
    return () => {
      uninstallKeys();
      driver.dispose();
      // Nothing plays with nobody to draw it.
      if (store.getState().playback.playing) store.getState().setPlaying(false);
    };
  }, [store]);
}
