import { coroutineLabel } from '../../model/lanes.ts';
import type { Lane, TraceModel } from '../../model/types.ts';
import { useAppStore } from '../store-context.tsx';
import type { TimelineLayout } from './timeline-controller.ts';

/** Extra rows rendered above and below the viewport, so fast scrolling never shows blanks. */
const OVERSCAN = 8;

const STATE_GLYPH: Record<Lane['state'], { glyph: string; label: string }> = {
  finished: { glyph: '✓', label: 'finished' },
  failed: { glyph: '✕', label: 'failed' },
  cancelled: { glyph: '⊘', label: 'cancelled' },
  pending: { glyph: '…', label: 'never finished' },
};

/**
 * The label column: one DOM row per visible lane (virtualized), so lane names are real
 * text, crisp at any zoom and findable by tests. Clicking a label shows where the
 * task was created.
 */
export function LaneLabels({ model, layout }: { model: TraceModel | null; layout: TimelineLayout }) {
  const store = useAppStore();
  if (!model) return <div className="lane-labels" />;
  const first = Math.max(0, layout.first - OVERSCAN);
  const last = Math.min(model.lanes.length - 1, layout.last + OVERSCAN);
  const rows = model.lanes.slice(first, last + 1);
  return (
    <div className="lane-labels" data-testid="lane-labels">
      {rows.map((lane) => {
        // A pool thread outlives its work; "never finished" would read as a problem.
        const state = lane.kind === 'thread' ? { glyph: '', label: 'worker thread' } : STATE_GLYPH[lane.state];
        return (
          <div
            key={lane.task}
            className={`lane-label lane-${lane.kind} state-${lane.state}`}
            style={{ top: lane.row * layout.rowHeight, height: layout.rowHeight, paddingLeft: 10 + Math.min(lane.depth, 4) * 10 }}
            title={`${lane.name}${lane.coroutine ? ` · ${coroutineLabel(lane)}` : ''}${lane.createdLine ? ` · created at line ${lane.createdLine}` : ''} · ${state.label}`}
            onClick={() => lane.createdLine && store.getState().revealLine(lane.createdLine)}
          >
            <span className="lane-name">{lane.kind === 'main' ? 'main program' : lane.name}</span>
            {lane.kind === 'thread' && <span className="lane-tag">thread</span>}
            {lane.coroutine && <span className="lane-coro">{coroutineLabel(lane)}</span>}
            {lane.createdLine !== null && lane.kind !== 'main' && <span className="lane-line">L{lane.createdLine}</span>}
            <span className={`lane-state`} aria-label={state.label}>{state.glyph}</span>
          </div>
        );
      })}
    </div>
  );
}
