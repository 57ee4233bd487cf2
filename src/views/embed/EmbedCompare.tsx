import type { CSSProperties } from 'react';
import { modelOf } from '../../model/build-model.ts';
import type { VariantRun } from '../../store/compare-slice.ts';
import { CompareSummary } from '../compare/CompareSummary.tsx';
import { CompareTimelines } from '../compare/CompareTimelines.tsx';
import '../compare/compare.css';
import { useApp } from '../store-context.tsx';
import { timelineHeight } from './embed-layout.ts';

/** The gap between compare mode's two timelines (compare.css). */
const COMPARE_GAP = 10;

const lanesOf = (run: VariantRun | null | undefined): number | null => (run?.trace ? modelOf(run.trace).lanes.length : null);

/** An embedded comparison: the speed-up sentence, then both runs on one time axis, each as tall as its lanes need. */
export function EmbedCompare() {
  const slot0 = useApp((s) => timelineHeight(lanesOf(s.runs[0])));
  const slot1 = useApp((s) => timelineHeight(lanesOf(s.runs[1])));
  return (
    <div className="embed-compare">
      <CompareSummary />
      <div className="embed-compare-timelines" style={{ height: slot0 + slot1 + COMPARE_GAP, '--slot0': slot0, '--slot1': slot1 } as CSSProperties}>
        <CompareTimelines />
      </div>
    </div>
  );
}
