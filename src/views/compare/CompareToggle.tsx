import { releaseFocus } from '../release-focus.ts';
import { useApp, useAppStore } from '../store-context.tsx';

/** Compare mode on and off: two variants of the program, run and drawn on one time axis. */
export function CompareToggle() {
  const store = useAppStore();
  const compare = useApp((s) => s.mode === 'compare');
  const running = useApp((s) => s.running);
  return (
    <button
      type="button"
      onMouseDown={releaseFocus}
      className={`button${compare ? ' button-on' : ''}`}
      aria-pressed={compare}
      disabled={running}
      title={compare ? 'Back to a single program' : 'Compare two versions of the program side by side, on one time axis'}
      onClick={() => store.getState().setMode(compare ? 'single' : 'compare')}
    >
      Compare
    </button>
  );
}
