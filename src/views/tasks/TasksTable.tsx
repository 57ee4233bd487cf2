import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { modelOf } from '../../model/build-model.ts';
import { coroutineLabel } from '../../model/lanes.ts';
import { statsOf } from '../../model/stats.ts';
import type { Lane, TraceModel } from '../../model/types.ts';
import { formatSeconds, formatStamp } from '../../units/time.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { rowWindow } from './row-window.ts';
import './tasks.css';

/**
 * Past this many rows only those in view are in the DOM (10,000 rows take seconds to build);
 * aria-rowcount and aria-rowindex keep the whole table's size known to assistive technology.
 */
const VIRTUAL_ABOVE = 200;
/** Rows rendered beyond the viewport on each side. */
const OVERSCAN = 10;
/** A row's height until one is measured, CSS pixels. */
const ROW_GUESS = 28;

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
      {model ? <Table model={model} /> : <div className="tasks-body"><p className="tasks-empty">Each task of the run gets a row here: when it was created and finished, how long it ran and waited, and how it ended.</p></div>}
    </section>
  );
}

function Table({ model }: { model: TraceModel }) {
  const store = useAppStore();
  const body = useRef<HTMLDivElement>(null);
  // The body's scroll and size, and the measured row and header heights: what the row window needs.
  const [view, setView] = useState({ scrollTop: 0, height: 600, rowHeight: ROW_GUESS, head: ROW_GUESS });
  const count = model.lanes.length;
  const virtual = count > VIRTUAL_ABOVE;
  const win = virtual ? rowWindow(count, view.scrollTop - view.head, view.height - view.head, view.rowHeight, OVERSCAN) : { first: 0, last: count - 1, padTop: 0, padBottom: 0 };
  const lanes = model.lanes.slice(win.first, win.last + 1);
  const infoById = useMemo(() => new Map(model.trace.tasks.map((t) => [t.id, t])), [model]);
  const allStats = statsOf(model);

  // Measure the real row height and viewport once rows exist (fonts and presenter mode change them).
  useLayoutEffect(() => {
    const el = body.current;
    const row = el?.querySelector<HTMLElement>('tbody tr.task-row');
    if (!el || !row) return;
    const head = el.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const measured = { scrollTop: el.scrollTop, height: el.clientHeight, rowHeight: row.getBoundingClientRect().height || ROW_GUESS, head };
    const same = measured.height === view.height && Math.abs(measured.rowHeight - view.rowHeight) < 0.01 && Math.abs(head - view.head) < 0.01;
    if (!same) setView(measured);
  }, [view.height, view.rowHeight, view.head, count]);

  const show = (lane: Lane) => {
    const segs = model.segments[lane.row] ?? [];
    store.getState().select(segs.length > 0 ? { row: lane.row, index: 0 } : null, lane.createdLine);
  };
  const onScroll = () => {
    const el = body.current;
    if (el && virtual) setView((v) => ({ ...v, scrollTop: el.scrollTop, height: el.clientHeight }));
  };
  return (
    <div className="tasks-body" ref={body} onScroll={onScroll}>
      <table aria-label="Tasks" data-testid="tasks-table" aria-rowcount={count + 1}>
        <thead>
          <tr aria-rowindex={1}>
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
          {win.padTop > 0 && <PadRow height={win.padTop} />}
          {lanes.map((lane) => {
            const stats = allStats.get(lane.task);
            const info = infoById.get(lane.task);
            return (
              <tr key={lane.task} className={`task-row state-${lane.state}`} aria-rowindex={lane.row + 2}>
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
          {win.padBottom > 0 && <PadRow height={win.padBottom} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows above or below the window, keeping the scroll height. */
function PadRow({ height }: { height: number }) {
  return (
    <tr className="tasks-pad" aria-hidden="true">
      <td colSpan={7} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
