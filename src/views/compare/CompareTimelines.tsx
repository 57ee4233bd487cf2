import { useMemo } from 'react';
import { modelOf } from '../../model/build-model.ts';
import { formatSeconds } from '../../units/time.ts';
import { useApp } from '../store-context.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { variantTimeline } from '../timeline/timeline-source.ts';
import { ZoomGroup } from '../timeline/zoom-group.ts';

/**
 * Both variants' timelines, stacked on one time axis: the axis spans the slower run,
 * and zooming or panning either moves both. Clicking one makes its variant the active
 * one (editor, replay, event-loop panel).
 */
export function CompareTimelines() {
  const group = useMemo(() => new ZoomGroup(), []);
  const sources = useMemo(() => [variantTimeline(0), variantTimeline(1)], []);
  return (
    <div className="compare-timelines" data-testid="compare-timelines">
      {sources.map((source, i) => <VariantTimeline key={i} index={i} source={source} group={group} />)}
    </div>
  );
}

function VariantTimeline({ index, source, group }: { index: number; source: ReturnType<typeof variantTimeline>; group: ZoomGroup }) {
  const name = useApp((s) => s.variants[index]?.name ?? '');
  const active = useApp((s) => s.activeVariant === index);
  const busy = useApp((s) => s.runningVariant === index);
  const outcome = useApp((s) => s.runs[index]?.trace?.outcome ?? null);
  const lanes = useApp((s) => {
    const trace = s.runs[index]?.trace;
    return trace ? modelOf(trace).lanes.length : 0;
  });
  const title = (
    <>
      <span className="compare-name">{name}</span>
      {outcome && <span className={`compare-time status-${outcome.status}`}>{outcome.status === 'ok' ? formatSeconds(outcome.virtualTime) : `${outcome.status} at ${formatSeconds(outcome.virtualTime)}`}</span>}
      {active && <span className="badge">in the editor</span>}
    </>
  );
  return (
    // Height in proportion to lanes: two lanes of a sequential run need less than ten workers.
    <div className={`compare-slot${active ? ' active' : ''}`} data-variant={index} style={{ flexGrow: Math.max(4, lanes + 3) }}>
      <Timeline source={source} group={group} title={title} legend={false} busy={busy} />
    </div>
  );
}
