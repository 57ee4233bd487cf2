import { releaseFocus } from '../release-focus.ts';
import { useApp, useAppStore } from '../store-context.tsx';

/**
 * Presenter mode on and off (also P, and Esc to leave), and while presenting, the
 * button that folds the code away for the widest timeline.
 */
export function PresenterToggle() {
  const store = useAppStore();
  const presenter = useApp((s) => s.presenter);
  const codeHidden = useApp((s) => s.codeHidden);
  return (
    <div className="presenter-toggle">
      {presenter && (
        <button type="button" onMouseDown={releaseFocus} className="button" aria-pressed={codeHidden} onClick={() => store.getState().setCodeHidden(!codeHidden)}>
          {codeHidden ? 'Show code' : 'Hide code'}
        </button>
      )}
      <button
        type="button"
        onMouseDown={releaseFocus}
        className={`button${presenter ? ' button-on' : ''}`}
        aria-pressed={presenter}
        aria-keyshortcuts="P"
        title={presenter ? 'Leave presenter mode (P or Esc)' : 'Presenter mode: large type and a big timeline, for a classroom (P)'}
        onClick={() => store.getState().setPresenter(!presenter)}
      >
        Presenter
      </button>
    </div>
  );
}
