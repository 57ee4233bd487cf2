import { modelOf } from '../../model/build-model.ts';
import { summarize } from '../../model/summary.ts';
import { canRun } from '../../store/app-store.ts';
import { formatBytes } from '../../units/time.ts';
import { shareStateOf, shareUrl } from '../share/share-state-of.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { useShownAfter } from '../use-shown-after.ts';

/** The embed's one bar: Run (unless hidden), what happened, and the way to the full app. */
export function EmbedHeader({ runButton, appBase }: { runButton: boolean; appBase: string }) {
  const store = useAppStore();
  const runnable = useApp(canRun);
  const running = useShownAfter(useApp((s) => s.running)); // as the app's toolbar: no flash for a quick run
  const status = useApp((s) => s.runnerStatus);
  const summary = useApp((s) => (s.trace ? summarize(modelOf(s.trace)) : null));
  const stale = useApp((s) => s.trace !== null && s.tracedCode !== s.code);
  const note =
    status.state === 'booting' ? `Loading Python… ${status.total ? `${Math.round((100 * status.loaded) / status.total)}%` : formatBytes(status.loaded)}`
    : status.state === 'failed' ? `Python failed to load: ${status.message}`
    : running ? 'Running…'
    : summary ? `${summary}${stale ? ' (before your edits)' : ''}`
    : runButton ? 'Press Run to watch the event loop.' : '';

  const openApp = () => {
    const s = store.getState();
    window.open(shareUrl(appBase, shareStateOf(s, { panel: undefined, presenter: false, playback: false })), '_blank', 'noopener');
  };

  return (
    <header className="embed-header">
      {runButton &&
        (running ? (
          <button type="button" className="button button-stop" onClick={() => store.getState().stop()}>
            <span aria-hidden="true">■</span> Stop
          </button>
        ) : (
          <button type="button" className="button button-primary" disabled={!runnable} onClick={() => void store.getState().run()}>
            <span aria-hidden="true">▶</span> Run
          </button>
        ))}
      <p className="embed-note" role="status" data-testid="embed-status" title={note}>{note}</p>
      <button type="button" className="embed-open" onClick={openApp} title="Open this code in the full Loopscope playground">
        <EmbedLogo /> Loopscope <span aria-hidden="true">↗</span>
      </button>
    </header>
  );
}

/** The app's logo (a loop with one task arc); the centre dot keeps it from reading as a spinner. */
function EmbedLogo() {
  return (
    <svg width="16" height="16" viewBox="0 0 26 26" aria-hidden="true">
      <circle cx="13" cy="13" r="9.5" fill="none" stroke="currentColor" strokeOpacity="0.35" strokeWidth="3" />
      <path d="M13 3.5 A9.5 9.5 0 0 1 22.5 13" fill="none" stroke="var(--ls-accent)" strokeWidth="3" strokeLinecap="round" />
      <circle cx="13" cy="13" r="2.6" fill="var(--ls-accent)" />
    </svg>
  );
}
