import type { DeadlockedTask } from '../../protocol/trace.ts';
import { useAppStore } from '../store-context.tsx';

/** Every stuck task of a deadlock: where it waits (a link to the line) and on what. */
export function DeadlockList({ stuck }: { stuck: readonly DeadlockedTask[] }) {
  const store = useAppStore();
  return (
    <ul className="deadlock" aria-label="Tasks stuck forever" data-testid="deadlock-panel">
      {stuck.map((d) => (
        <li key={d.task}>
          <strong>{d.name}</strong>
          {d.coroutine && <code>{d.coroutine}()</code>}
          <span className="deadlock-wait">waits on {d.waitingOn}</span>
          {d.line !== null && (
            <button type="button" className="line-link" onClick={() => store.getState().revealLine(d.line!)}>line {d.line}</button>
          )}
        </li>
      ))}
    </ul>
  );
}
