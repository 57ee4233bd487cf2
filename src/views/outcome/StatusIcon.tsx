import type { ReactElement } from 'react';
import type { OutcomeStatus } from '../../protocol/trace.ts';

/** Drawn, not typed: font glyphs for "pause" or "clock" are missing on many systems. */
export function StatusIcon({ status }: { status: OutcomeStatus }) {
  const paths: Record<OutcomeStatus, ReactElement> = {
    ok: <path d="M4.5 9.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />,
    error: <path d="M5.5 5.5l7 7M12.5 5.5l-7 7" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
    deadlock: <path d="M6.5 5v8M11.5 5v8" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />,
    limit: <path d="M9 4.5v5l3 2" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />,
    stopped: <rect x="5.5" y="5.5" width="7" height="7" rx="1" fill="currentColor" />,
  };
  return (
    <svg className="outcome-icon" width="26" height="26" viewBox="0 0 18 18" aria-hidden="true">
      {paths[status]}
    </svg>
  );
}
