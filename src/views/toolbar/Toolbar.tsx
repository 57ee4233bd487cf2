import { canRun } from '../../store/app-store.ts';
import { CompareToggle } from '../compare/CompareToggle.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { modKeyLabel } from '../platform.ts';
import { releaseFocus } from '../release-focus.ts';
import { PresenterToggle } from '../presenter/PresenterToggle.tsx';
import { ShareButton } from '../share/ShareButton.tsx';
import { useApp, useAppStore } from '../store-context.tsx';
import { useShownAfter } from '../use-shown-after.ts';
import { RunnerStatusView } from './RunnerStatusView.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import './toolbar.css';

/** The top bar: name, examples, Run/Stop, Python's status, share, export, theme. */
export function Toolbar() {
  const store = useAppStore();
  const runnable = useApp(canRun);
  const running = useShownAfter(useApp((s) => s.running));
  const mod = modKeyLabel();
  return (
    <header className="toolbar">
      <div className="brand">
        <Logo />
        <span className="brand-name">Loopscope</span>
        <span className="brand-tag">see the asyncio event loop run your code</span>
      </div>
      <button type="button" className="button" onMouseDown={releaseFocus} onClick={() => store.getState().setGalleryOpen(true)} aria-haspopup="dialog">
        Examples
      </button>
      <CompareToggle />
      <div className="toolbar-run">
        {running ? (
          <button type="button" className="button button-stop" onClick={() => store.getState().stop()}>
            <span aria-hidden="true">■</span> Stop
          </button>
        ) : (
          <button type="button" className="button button-primary" disabled={!runnable} onMouseDown={releaseFocus} onClick={() => void store.getState().run()} aria-keyshortcuts="Control+Enter Meta+Enter" title={`Run (${mod}+Enter)`}>
            <span aria-hidden="true">▶</span> Run
          </button>
        )}
        <RunnerStatusView />
      </div>
      <PresenterToggle />
      <ShareButton />
      <ExportMenu />
      <ThemeSwitch />
    </header>
  );
}

function Logo() {
  // A loop with one task arc highlighted: the event loop, at a glance.
  return (
    <svg className="logo" width="26" height="26" viewBox="0 0 26 26" aria-hidden="true">
      <circle cx="13" cy="13" r="9.5" fill="none" stroke="currentColor" strokeOpacity="0.35" strokeWidth="3" />
      <path d="M13 3.5 A9.5 9.5 0 0 1 22.5 13" fill="none" stroke="var(--ls-accent)" strokeWidth="3" strokeLinecap="round" />
      <circle cx="13" cy="13" r="2.6" fill="var(--ls-accent)" />
    </svg>
  );
}
