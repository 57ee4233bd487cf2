import { modelOf } from '../../model/build-model.ts';
import { summarize } from '../../model/summary.ts';
import type { OutcomeStatus } from '../../protocol/trace.ts';
import { formatSeconds } from '../../units/time.ts';
import { modKeyLabel } from '../platform.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { useShownAfter } from '../use-shown-after.ts';
import { DeadlockList } from './DeadlockList.tsx';
import { LimitNotice } from './LimitNotice.tsx';
import { StatusIcon } from './StatusIcon.tsx';
import './outcome.css';

const WORD: Record<OutcomeStatus, string> = {
  ok: 'Finished',
  error: 'Error',
  deadlock: 'Deadlock',
  limit: 'Limit reached',
  stopped: 'Stopped',
};

/**
 * How the last run ended, in one card: status, total virtual time, one sentence, and
 * for a deadlock or a limit, who is stuck or what to raise. One card, so the timeline
 * keeps its height on a 720-pixel projector.
 */
export function OutcomeBanner() {
  const store = useAppStore();
  const trace = useApp((s) => s.trace);
  const running = useShownAfter(useApp((s) => s.running));
  const failure = useApp((s) => s.runFailure);
  const booting = useApp((s) => s.runnerStatus.state === 'booting');

  if (failure) {
    return (
      <div className="outcome outcome-error" role="alert" data-testid="outcome">
        <StatusIcon status="error" />
        <div className="outcome-main"><strong>The Python engine failed.</strong> <span className="outcome-summary">{failure}</span></div>
      </div>
    );
  }
  if (!trace) {
    return (
      <div className="outcome outcome-idle" data-testid="outcome" role="status">
        <div className="outcome-summary">
          {running ? 'Running…' : booting ? 'Python is loading in the background; Run becomes available when it is ready.' : <>Press <strong>Run</strong> or <kbd>{modKeyLabel()}</kbd>+<kbd>Enter</kbd> to watch the event loop run this program.</>}
        </div>
      </div>
    );
  }

  const { outcome } = trace;
  const error = outcome.error;
  return (
    <div className={`outcome outcome-${outcome.status}`} data-testid="outcome" data-status={outcome.status} role="status">
      <StatusIcon status={outcome.status} />
      <div className="outcome-main">
        <div className="outcome-title">
          <strong>{WORD[outcome.status]}</strong>
          <span className="outcome-time" title="Total virtual time: how long the program would take for real">{formatSeconds(outcome.virtualTime)}</span>
          {error && (
            <span className="outcome-error-text">
              {error.type}: {error.message}
              {error.line !== null && (
                <button type="button" className="line-link" onClick={() => store.getState().revealLine(error.line!)}>line {error.line}</button>
              )}
            </span>
          )}
          <span className="outcome-wall" title="Real time the run took in your browser">{Math.round(trace.meta.wallMs)} ms real</span>
        </div>
        <div className="outcome-summary" data-testid="outcome-summary">
          {summarize(modelOf(trace))}
          {outcome.status === 'deadlock' && ' Real Python would hang here forever; Loopscope stopped the run.'}
        </div>
        {outcome.deadlock && outcome.deadlock.length > 0 && <DeadlockList stuck={outcome.deadlock} />}
        {outcome.limit && <LimitNotice limit={outcome.limit} />}
        {outcome.truncated && <div className="outcome-note">Trace shortened: {outcome.truncated}</div>}
      </div>
    </div>
  );
}
