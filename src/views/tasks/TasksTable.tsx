import { useState } from 'react';
import { modelOf } from '../../model/build-model.ts';
import { coroutineLabel } from '../../model/lanes.ts';
import type { Lane, TraceModel } from '../../model/types.ts';
import { formatSeconds, formatStamp } from '../../units/time.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import './tasks.css';

/** A table of 10,000 rows is slow to build and useless to scroll; show this many first. */
const PAGE = 300;

const STATE: Record<Lane['state'], string> = {
  finished: '✓ finished',
  failed: '✕ failed',
  cancelled: '⊘ cancelled',
  pending: '… never finished',
};

/**
 * One row per task: name, coroutine, created, finished, time running and waiting,
 * final state. The screen-reader view of the timeline, and a quick index into it.
 */
export function TasksTable() {
  const trace = useApp((s) => s.trace);
  const model = trace ? modelOf(trace) : null;
  return (
    <section className="tasks-pane" aria-labelledby="tasks-title">
      <header className="panel-header">
        <h2 id="tasks-title">Tasks</h2>
        {model && <span className="panel-count">{model.lanes.length} lanes</span>}
      </header>
      <div className="tasks-body">
        {model ? <Table model={model} /> : <p className="tasks-empty">Each task of the run gets a row here: when it was created and finished, how long it ran and waited, and how it ended.</p>}
      </div>
    </section>
  );
}

function Table({ model }: { model: TraceModel }) {
  const store = useAppStore();
  const [limit, setLimit] = useState(PAGE);
  const lanes = model.lanes.slice(0, limit);
  const infoById = new Map(model.trace.tasks.map((t) => [t.id, t]));
  const show = (lane: Lane) => {
    const segs = model.segments[lane.row] ?? [];
    store.getState().select(segs.length > 0 ? { row: lane.row, index: 0 } : null, lane.createdLine);
  };
  return (
    <>
      <table aria-label="Tasks" data-testid="tasks-table">
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Coroutine</th>
            <th scope="col" className="num">Created</th>
            <th scope="col" className="num">Finished</th>
            <th scope="col" className="num">Running</th>
            <th scope="col" className="num">Waiting</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {lanes.map((lane) => {
            const stats = model.stats.get(lane.task);
            const info = infoById.get(lane.task);
            return (
              <tr key={lane.task} className={`state-${lane.state}`}>
                <th scope="row">
                  <button type="button" className="row-link" onClick={() => show(lane)} title="Show on the timeline and in the editor">
                    {lane.kind === 'main' ? 'main program' : lane.name}
                  </button>
                  {lane.kind === 'thread' && <span className="lane-tag">thread</span>}
                </th>
                <td className="mono">{coroutineLabel(lane) || '—'}</td>
                <td className="num">
                  {formatStamp(info?.created ?? 0)}
                  {lane.createdLine !== null && <span className="muted"> · L{lane.createdLine}</span>}
                </td>
                <td className="num">{info?.finished != null ? formatStamp(info.finished) : '—'}</td>
                <td className="num">{stats ? formatSeconds(stats.running) : '—'}</td>
                <td className="num">{stats ? formatSeconds(stats.waiting + stats.ready) : '—'}</td>
                <td className="state" title={info?.error ?? info?.result ?? ''}>{lane.kind === 'thread' ? 'worker thread' : STATE[lane.state]}{info?.error ? <span className="muted"> · {info.error}</span> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {model.lanes.length > limit && (
        <button type="button" className="text-button tasks-more" onClick={() => setLimit(model.lanes.length)}>
          Show all {model.lanes.length.toLocaleString()} rows
        </button>
      )}
    </>
  );
}
