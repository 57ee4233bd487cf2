import { memo, useDeferredValue, useEffect, useMemo } from 'react';
import { modelOf } from '../../model/build-model.ts';
import { splitTracebackLine } from '../../model/traceback.ts';
import { formatStamp } from '../../units/time.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { consoleRows, MAX_ROWS, type ConsoleRow } from './console-rows.ts';
import './console.css';

/** Lines rendered with the run's first frame; the rest (up to MAX_ROWS) follow in a deferred render. */
const FIRST_ROWS = 200;
/** More lines than this, and those out of view skip layout and paint (console.css, .long). */
const LONG_OUTPUT = 200;

/**
 * stdout and stderr, each line stamped with its virtual time and the task that wrote
 * it. Hovering a line rings its print mark on the timeline; line numbers in
 * tracebacks jump to the editor.
 */
export function ConsolePane() {
  const store = useAppStore();
  const trace = useApp((s) => s.trace);
  // A line under the pointer when the pane goes away (a layout or tab change) gets no pointerleave.
  useEffect(() => () => store.getState().hoverOutput(null), [store]);
  const hoveredMark = useApp((s) => {
    if (!s.trace || s.hovered?.kind !== 'mark') return null;
    return modelOf(s.trace).marks[s.hovered.row]?.[s.hovered.index]?.output ?? null;
  });
  const rows = useMemo(() => (trace ? consoleRows(trace) : []), [trace]);
  const names = useMemo(() => new Map(trace ? modelOf(trace).lanes.map((l) => [l.task, l.kind === 'main' ? 'main' : l.name]) : []), [trace]);
  // A new run shows its first lines at once and the rest a moment later, in a render React may
  // interrupt: 3,000 lines must not hold up the timeline's first frame.
  const caughtUp = useDeferredValue(trace) === trace;
  const shown = Math.min(MAX_ROWS, caughtUp ? rows.length : FIRST_ROWS);

  return (
    <section className="console-pane" aria-labelledby="console-title">
      <header className="panel-header">
        <h2 id="console-title">Output</h2>
        {trace && <span className="panel-count">{trace.output.length} {trace.output.length === 1 ? 'line' : 'lines'}</span>}
      </header>
      <div className={`console-body${shown > LONG_OUTPUT ? ' long' : ''}`} data-testid="console" role="log" aria-live="polite">
        {!trace && <p className="console-empty">What the program prints appears here, stamped with when (virtual time) and which task printed it.</p>}
        {trace && rows.length === 0 && <p className="console-empty">The program printed nothing.</p>}
        {rows.slice(0, shown).map((row, i) => (
          <Line key={i} row={row} task={names.get(row.task) ?? `#${row.task}`} active={row.output !== null && row.output === hoveredMark} />
        ))}
        {caughtUp && rows.length > MAX_ROWS && <p className="console-more">… {rows.length - MAX_ROWS} more lines not shown</p>}
      </div>
    </section>
  );
}

/** One console line; memoized, so hovering a mark re-renders two lines, not 3,000. */
const Line = memo(function Line({ row, task, active }: { row: ConsoleRow; task: string; active: boolean }) {
  const store = useAppStore();
  const parts = row.stream === 'stderr' ? splitTracebackLine(row.text) : [{ text: row.text }];
  return (
    <div
      className={`console-line ${row.stream}${active ? ' active' : ''}`}
      onPointerEnter={() => row.output !== null && store.getState().hoverOutput(row.output)}
      onPointerLeave={() => store.getState().hoverOutput(null)}
    >
      <span className="console-time" title="virtual time, seconds">{formatStamp(row.t)}</span>
      <span className="console-task" title={`printed by ${task}`}>{task}</span>
      <span className="console-text">
        {parts.map((p, i) =>
          p.line !== undefined ? (
            <button key={i} type="button" className="line-link" onClick={() => store.getState().revealLine(p.line!)} title={`Show line ${p.line} in the editor`}>
              {p.text}
            </button>
          ) : (
            <span key={i}>{p.text || '\u00a0'}</span>
          ),
        )}
      </span>
    </div>
  );
});
