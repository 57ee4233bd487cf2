import type { LimitKind } from '../../protocol/trace.ts';
import { LIMIT_OPTION } from '../../store/run-slice.ts';
import { useApp, useAppStore } from '../store-context.tsx';

/** The raised limit, in the unit a person thinks in. */
const DESCRIBE: Partial<Record<LimitKind, (n: number) => string>> = {
  'virtual-time': (n) => `${n.toLocaleString('en')} s of virtual time`,
  events: (n) => `${n.toLocaleString('en')} trace events`,
  output: (n) => `${n.toLocaleString('en')} characters of output`,
  'wall-clock': (n) => `${(n / 1000).toLocaleString('en')} s of real time`,
};

/**
 * What to do about a limit (the banner already says which one hit): one click that
 * doubles it and runs again, or why this one cannot be raised.
 */
export function LimitNotice({ limit }: { limit: { kind: LimitKind; message: string; line: number | null } }) {
  const store = useAppStore();
  const options = useApp((s) => s.trace?.meta.options);
  const key = LIMIT_OPTION[limit.kind];
  const describe = DESCRIBE[limit.kind];
  const current = key && options ? Number(options[key]) : null;
  return (
    <div className="limit" data-testid="limit-notice">
      {key && describe && current !== null ? (
        <p>
          Limits are a safety net, not a rule of Python.{' '}
          <button type="button" className="text-button" onClick={() => store.getState().raiseLimit(limit.kind)}>
            Run again with {describe(current * 2)}
          </button>
          {limit.line !== null && (
            <button type="button" className="line-link" onClick={() => store.getState().revealLine(limit.line!)}>line {limit.line}</button>
          )}
        </p>
      ) : (
        <p>{limit.kind === 'recursion' ? 'Deep recursion usually means a function calls itself without end; sys.setrecursionlimit() raises the limit if it is really needed.' : 'This limit protects your browser and cannot be raised here.'}</p>
      )}
    </div>
  );
}
