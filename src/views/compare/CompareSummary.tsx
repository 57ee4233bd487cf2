import { compareSummary } from '../../model/compare.ts';
import { useApp } from '../store-context.tsx';
import { useShownAfter } from '../use-shown-after.ts';

/**
 * The one sentence compare mode is for: "gather: 1.0 s vs sequential: 3.0 s — 3.0×
 * faster", or why the times do not compare (an error, a deadlock, a stop).
 */
export function CompareSummary() {
  const variants = useApp((s) => s.variants);
  const runs = useApp((s) => s.runs);
  const running = useShownAfter(useApp((s) => s.running)); // no flash for a quick pair of runs
  const runningVariant = useApp((s) => s.runningVariant);
  const [a, b] = variants;
  if (!a || !b) return null;
  const summary = compareSummary({ name: a.name, trace: runs[0]?.trace ?? null, failure: runs[0]?.failure }, { name: b.name, trace: runs[1]?.trace ?? null, failure: runs[1]?.failure });
  const text = running ? `Running ${variants[runningVariant ?? 0]?.name ?? ''}…` : summary.text;
  return (
    <div className={`compare-summary tone-${running ? 'pending' : summary.tone}`} role="status" data-testid="compare-summary">
      <span className="compare-kicker">Compare</span>
      <span className="compare-text">{text}</span>
    </div>
  );
}
