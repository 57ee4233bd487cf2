import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { modelOf } from '../../model/build-model.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { useShownAfter } from '../use-shown-after.ts';
import { LaneLabels } from './LaneLabels.tsx';
import { Legend } from './Legend.tsx';
import { TimelineController, type TimelineLayout, type TooltipAnchor } from './timeline-controller.ts';
import { MAIN_TIMELINE, type TimelineSource } from './timeline-source.ts';
import { Tooltip } from './Tooltip.tsx';
import type { ZoomGroup } from './zoom-group.ts';
import './timeline.css';

export interface TimelineProps {
  /** Which trace to draw (stable identity: a new object remakes the controller); the page's run by default. */
  source?: TimelineSource;
  /** Zooms and pans with these timelines, on one axis. */
  group?: ZoomGroup;
  /** The header's title; "Timeline" by default. */
  title?: ReactNode;
  /** Show the legend (compare mode shows it once). */
  legend?: boolean;
  /** This timeline's run is in flight; by default, any run is. */
  busy?: boolean;
}

/**
 * The timeline panel. React renders the frame (header, label column, empty canvas and
 * axis) once; the TimelineController owns everything inside the canvas and the axis.
 */
export function Timeline({ source = MAIN_TIMELINE, group, title = 'Timeline', legend = true, busy }: TimelineProps) {
  const store = useAppStore();
  const trace = useApp((s) => source.trace(s));
  const tracedCode = useApp((s) => source.code(s));
  const anyRunning = useApp((s) => s.running);
  const busyNow = busy ?? anyRunning;
  const running = useShownAfter(busyNow);
  const titleId = useId();
  const model = trace ? modelOf(trace) : null;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const axisRef = useRef<SVGSVGElement>(null);
  const controller = useRef<TimelineController | null>(null);
  const [layout, setLayout] = useState<TimelineLayout>({ rowHeight: 40, first: 0, last: -1 });
  const [tip, setTip] = useState<TooltipAnchor | null>(null);

  useEffect(() => {
    const els = {
      scroller: scrollerRef.current!,
      content: contentRef.current!,
      plot: plotRef.current!,
      canvas: canvasRef.current!,
      axis: axisRef.current!,
    };
    const c = new TimelineController(els, store, { onLayout: setLayout, onTooltip: setTip }, { source, group });
    controller.current = c;
    return () => c.dispose();
  }, [store, source, group]);

  const lanes = model?.lanes.length ?? 0;
  return (
    <section className="timeline" aria-labelledby={titleId}>
      <header className="panel-header">
        <h2 id={titleId}>{title}</h2>
        {legend && <Legend />}
        <div className="timeline-zoom" role="group" aria-label="Zoom">
          <button type="button" className="icon-button" onClick={() => controller.current?.zoomBy(1 / 1.5)} aria-label="Zoom out" title="Zoom out (−)">−</button>
          <button type="button" className="icon-button" onClick={() => controller.current?.zoomBy(1.5)} aria-label="Zoom in" title="Zoom in (+)">+</button>
          <button type="button" className="text-button" onClick={() => controller.current?.fit()} title="Show the whole run (0)">Fit</button>
        </div>
      </header>
      <div className="timeline-body">
        <div className="timeline-scroller" ref={scrollerRef}>
          {/* Inside the scroller, so the axis and the plot share one width, scrollbar or not. */}
          <div className="timeline-axis-row" aria-hidden="true">
            <div className="timeline-axis-corner">virtual time</div>
            <svg ref={axisRef} className="timeline-axis" height={30} />
          </div>
          <div className="timeline-content" ref={contentRef}>
            <LaneLabels model={model} layout={layout} />
            <div
              className="timeline-plot"
              ref={plotRef}
              tabIndex={0}
              role="img"
              aria-label={model ? `Timeline of ${lanes} lanes over ${model.end} virtual seconds. Plus and minus zoom, 0 fits, double-click replays from that moment; arrow keys step the replay. The Tasks table lists the same data.` : 'Timeline, empty until you run the code.'}
            >
              <canvas ref={canvasRef} className="timeline-canvas" data-testid="timeline-canvas" />
            </div>
          </div>
        </div>
        {tip && model && <Tooltip model={model} anchor={tip} code={tracedCode} />}
        {!model && !busyNow && <EmptyTimeline />}
        {running && <div className="timeline-running" role="status">Running…</div>}
      </div>
    </section>
  );
}

function EmptyTimeline() {
  return (
    <div className="timeline-empty">
      <p className="timeline-empty-title">Run the code to see the event loop at work.</p>
      <p>One lane per task. Solid bars are Python running; hatched bars are a task waiting, labelled with what it awaits.</p>
    </div>
  );
}
