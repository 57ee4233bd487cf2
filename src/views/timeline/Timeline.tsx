import { useEffect, useRef, useState } from 'react';
import { modelOf } from '../../model/build-model.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { LaneLabels } from './LaneLabels.tsx';
import { Legend } from './Legend.tsx';
import { TimelineController, type TimelineLayout, type TooltipAnchor } from './timeline-controller.ts';
import { Tooltip } from './Tooltip.tsx';
import './timeline.css';

/**
 * The timeline panel. React renders the frame (header, label column, empty canvas and
 * axis) once; the TimelineController owns everything inside the canvas and the axis.
 */
export function Timeline() {
  const store = useAppStore();
  const trace = useApp((s) => s.trace);
  const running = useApp((s) => s.running);
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
    const c = new TimelineController(els, store, { onLayout: setLayout, onTooltip: setTip });
    controller.current = c;
    return () => c.dispose();
  }, [store]);

  const lanes = model?.lanes.length ?? 0;
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <header className="panel-header">
        <h2 id="timeline-title">Timeline</h2>
        <Legend />
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
              aria-label={model ? `Timeline of ${lanes} lanes over ${model.end} virtual seconds. Plus and minus zoom, arrow keys pan, 0 fits. The Tasks table lists the same data.` : 'Timeline, empty until you run the code.'}
            >
              <canvas ref={canvasRef} className="timeline-canvas" data-testid="timeline-canvas" />
            </div>
          </div>
        </div>
        {tip && model && <Tooltip model={model} anchor={tip} />}
        {!model && !running && <EmptyTimeline />}
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
