import { formatBytes } from '../../units/time.ts';
import { useApp } from '../store-context.tsx';
import { useShownAfter } from '../use-shown-after.ts';

/** Python's state beside the Run button: real download progress while booting. */
export function RunnerStatusView() {
  const status = useApp((s) => s.runnerStatus);
  const progress = useApp((s) => s.progress);
  const running = useShownAfter(useApp((s) => s.running || s.runnerStatus.state === 'running'));

  if (status.state === 'booting') {
    const pct = status.total > 0 ? Math.min(100, (status.loaded / status.total) * 100) : 0;
    return (
      <div className="runner-status booting" role="status" data-testid="runner-status">
        <span>Loading Python…</span>
        <span className="progress" role="progressbar" aria-label="Loading Python" aria-valuemin={0} aria-valuemax={status.total || undefined} aria-valuenow={status.loaded} aria-valuetext={`${formatBytes(status.loaded)} of ${formatBytes(status.total)}`}>
          <span className="progress-fill" style={{ width: `${pct}%` }} />
        </span>
        <span className="muted">{status.total > 0 ? `${formatBytes(status.loaded)} / ${formatBytes(status.total)}` : formatBytes(status.loaded)}</span>
      </div>
    );
  }
  if (status.state === 'failed') {
    return <div className="runner-status failed" role="alert" data-testid="runner-status">Python failed to load: {status.message}</div>;
  }
  if (running) {
    return (
      <div className="runner-status running" role="status" data-testid="runner-status">
        <span className="spinner" aria-hidden="true" /> Running{progress ? ` · ${progress.events.toLocaleString()} events` : '…'}
      </div>
    );
  }
  return (
    <div className="runner-status ready" role="status" data-testid="runner-status" data-ready={status.state === 'ready' ? 'true' : undefined}>
      <span className="dot" aria-hidden="true" /> Python {status.python.split(' ')[0]} ready
    </div>
  );
}
