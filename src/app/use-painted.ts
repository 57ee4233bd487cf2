import { useEffect } from 'react';
import { afterNextPaint } from '../util/after-next-paint.ts';

/** Calls `onPainted` once the component's first render is on screen (see afterNextPaint). */
export function usePainted(onPainted: (() => void) | undefined): void {
  useEffect(() => {
    if (onPainted) return afterNextPaint(onPainted);
  }, [onPainted]);
}
