import { useEffect, useState } from 'react';

/**
 * `flag`, but only once it has stayed true for `delayMs`: a busy indicator that appears for
 * slow work and never flashes for a run that answers within a frame or two. (Showing and
 * hiding "Running…" also cost a warm run two extra style, layout and paint passes.)
 */
export function useShownAfter(flag: boolean, delayMs = SLOW_RUN_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [flag, delayMs]);
  return flag && shown;
}

/** How long a run goes before the page says it is running (and offers Stop). */
export const SLOW_RUN_MS = 150;
