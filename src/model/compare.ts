/**
 * The sentence that states how two variants of a program differ when run: "gather: 1.0 s
 * vs sequential: 3.0 s — 3.0× faster". Pure: it reads the two runs' outcomes, and says
 * plainly when the times do not compare (an error, a deadlock, a limit, a stop, no run yet).
 */
import type { Trace } from '../protocol/trace.ts';
import { formatSeconds } from '../units/time.ts';
import { plural } from './summary.ts';

/** One side of a comparison: its name and how its last run went. */
export interface CompareSide {
  name: string;
  trace: Trace | null;
  /** The engine itself failed on this variant (not the snippet). */
  failure?: string | null;
}

export type CompareTone = 'faster' | 'equal' | 'problem' | 'pending';

export interface CompareSummary {
  text: string;
  tone: CompareTone;
  /** slower ÷ faster virtual time, when both finished and the faster took any time. */
  ratio?: number;
}

/** Below this, two virtual times (seconds) are the same: the engine's float noise. */
const EPS = 1e-9;

export function compareSummary(a: CompareSide, b: CompareSide): CompareSummary {
  if ((!a.trace && !a.failure) || (!b.trace && !b.failure)) return { text: `Run to compare ${a.name} and ${b.name}.`, tone: 'pending' };
  const [pa, pb] = [a, b].map(problemOf);
  if (pa && pb) return { text: `${pa}; ${pb}.`, tone: 'problem' };
  // The problem first: it is why there is no speed-up to report.
  if (pa || pb) {
    const fine = pa ? b : a;
    return { text: `${pa ?? pb}, so the times do not compare; ${fine.name} finished in ${formatSeconds(fine.trace!.outcome.virtualTime)}.`, tone: 'problem' };
  }
  const ta = a.trace!.outcome.virtualTime;
  const tb = b.trace!.outcome.virtualTime;
  if (Math.abs(ta - tb) <= EPS) return { text: `${a.name} and ${b.name} both take ${formatSeconds(ta)}.`, tone: 'equal' };
  const [fast, tFast, slow, tSlow] = ta < tb ? [a, ta, b, tb] : [b, tb, a, ta];
  const times = `${fast.name}: ${formatSeconds(tFast)} vs ${slow.name}: ${formatSeconds(tSlow)}`;
  if (tFast <= EPS) return { text: `${times} — ${fast.name} takes no virtual time at all.`, tone: 'faster' };
  const ratio = tSlow / tFast;
  return { text: `${times} — ${formatRatio(ratio)} faster`, tone: 'faster', ratio };
}

/** "3.0×", "12×", and "1.02×" when one decimal would round a real difference away. */
export function formatRatio(ratio: number): string {
  if (ratio >= 10) return `${Math.round(ratio)}×`;
  const one = ratio.toFixed(1);
  return one === '1.0' ? `${ratio.toFixed(2)}×` : `${one}×`;
}

/** Why a side's time is not a finishing time, in a clause; null when it finished normally. */
function problemOf(side: CompareSide): string | null {
  if (side.failure) return `${side.name} could not run (${side.failure})`;
  const { outcome } = side.trace!;
  const at = formatSeconds(outcome.virtualTime);
  switch (outcome.status) {
    case 'ok':
      return null;
    case 'error':
      return `${side.name} raised ${outcome.error?.type ?? 'an exception'} at ${at}`;
    case 'deadlock': {
      const stuck = outcome.deadlock?.length ?? 0;
      return `${side.name} deadlocked at ${at} (${stuck} ${plural(stuck, 'task')} ${stuck === 1 ? 'waits' : 'wait'} forever)`;
    }
    case 'limit':
      return `${side.name} hit a limit at ${at}`;
    case 'stopped':
      return `${side.name} was stopped at ${at}`;
  }
}
