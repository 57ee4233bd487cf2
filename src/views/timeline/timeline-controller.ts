import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import { modelOf } from '../../model/build-model.ts';
import { eventIndexAtTime } from '../../model/loop-state/index.ts';
import { segmentOf, segmentsAtLine } from '../../model/queries.ts';
import type { TraceModel } from '../../model/types.ts';
import type { AppState } from '../../store/app-state.ts';
import type { AppStore } from '../../store/app-store.ts';
import type { Hovered } from '../../store/selection-slice.ts';
import { TimeScale } from '../../units/time-scale.ts';
import { px, secs, type Pixels, type Seconds } from '../../units/time.ts';
import { pagePalette } from '../theme/page-palette.ts';
import { PRESENTER_FONTS, type PlaybackCursor, type TimelineFrame } from './frame.ts';
import { AXIS_HEIGHT, MAX_ROW, PRESENTER_MAX_ROW, rowHeightFor, visibleRows } from './geometry.ts';
import { hitTest } from './hit-test.ts';
import { CanvasPainter } from './paint/canvas-painter.ts';
import { renderAxis } from './render-axis.ts';
import { renderTimeline } from './render-timeline.ts';
import { MAIN_TIMELINE, type TimelineSource } from './timeline-source.ts';
import type { ZoomGroup, ZoomMember } from './zoom-group.ts';

export interface TimelineElements {
  scroller: HTMLDivElement;
  content: HTMLDivElement;
  plot: HTMLDivElement;
  canvas: HTMLCanvasElement;
  axis: SVGSVGElement;
}

/** Rows in view and their height, for the DOM lane labels. */
export interface TimelineLayout {
  rowHeight: number;
  first: number;
  last: number;
}

export interface TooltipAnchor {
  /** Pointer position relative to the plot's top-left corner. */
  x: number;
  y: number;
  hit: Hovered;
  /** Size of the visible plot, so the tooltip can flip away from the edges. */
  width: number;
  height: number;
}

export interface TimelineCallbacks {
  onLayout(layout: TimelineLayout): void;
  onTooltip(tip: TooltipAnchor | null): void;
}

export interface TimelineOptions {
  /** Which trace to draw; the page's one timeline by default. */
  source?: TimelineSource;
  /** Timelines that zoom and pan together on one time axis (compare mode). */
  group?: ZoomGroup;
}

/**
 * Owns the timeline's canvas, axis and d3-zoom. Imperative on purpose: zoom, pan and
 * hover repaint at pointer rate, outside React. It reads the store, turns it into a
 * TimelineFrame, and hands that to the pure renderers once per animation frame.
 */
export class TimelineController implements ZoomMember {
  private model: TraceModel | null = null;
  private base = TimeScale.fit(secs(1), px(600));
  private scale = this.base;
  private width = px(600);
  private height = px(300);
  private rowHeight = px(40);
  private pointer: { x: Pixels; y: Pixels } | null = null;
  /** What the pointer is over on a timeline the store's hover does not refer to (a compare partner). */
  private localHover: Hovered | null = null;
  private readonly source: TimelineSource;
  private readonly group: ZoomGroup | null;
  private dragging = false;
  private raf = 0;
  private readonly zoomer: ZoomBehavior<HTMLDivElement, unknown>;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly els: TimelineElements,
    private readonly store: AppStore,
    private readonly callbacks: TimelineCallbacks,
    options: TimelineOptions = {},
  ) {
    this.source = options.source ?? MAIN_TIMELINE;
    this.group = options.group ?? null;
    this.zoomer = zoom<HTMLDivElement, unknown>()
      .filter((ev: Event) => this.acceptZoomEvent(ev))
      // d3 multiplies Ctrl+wheel by 10 for trackpad pinches; with a mouse wheel that leaps to
      // microseconds in one flick. A third of that keeps pinch brisk and the wheel controllable.
      .wheelDelta((ev: WheelEvent) => -ev.deltaY * (ev.deltaMode === 1 ? 0.05 : ev.deltaMode ? 1 : 0.002) * (ev.ctrlKey ? 3 : 1))
      .on('start', () => (this.dragging = true))
      .on('end', () => (this.dragging = false))
      .on('zoom', (ev: D3ZoomEvent<HTMLDivElement, unknown>) => this.onZoom(ev.transform));
    select(els.plot).call(this.zoomer).on('dblclick.zoom', null);

    const listen = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, fn: (ev: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      el.addEventListener(type, fn, opts);
      this.cleanups.push(() => el.removeEventListener(type, fn, opts));
    };
    listen(els.plot, 'pointermove', (ev) => this.onPointer(ev));
    listen(els.plot, 'pointerleave', () => this.onLeave());
    listen(els.plot, 'click', (ev) => this.onClick(ev));
    listen(els.plot, 'dblclick', (ev) => this.onDoubleClick(ev));
    listen(els.plot, 'keydown', (ev) => this.onKey(ev));
    listen(els.plot, 'wheel', (ev) => this.onSideways(ev), { passive: false });
    listen(els.scroller, 'scroll', () => {
      this.refreshHover();
      this.invalidate(true);
    });

    const resize = new ResizeObserver(() => this.resize());
    resize.observe(els.scroller);
    this.cleanups.push(() => resize.disconnect());
    this.cleanups.push(store.subscribe((s, prev) => this.onState(s, prev)));
    if (this.group) this.cleanups.push(this.group.join(this));
    this.setModel(this.modelIn(store.getState()));
    this.resize();
  }

  dispose(): void {
    // Leaving under the pointer (a layout change) must not leave its hover behind.
    if (this.pointer && this.linked(this.store.getState())) this.store.getState().hover(null);
    cancelAnimationFrame(this.raf);
    select(this.els.plot).on('.zoom', null);
    for (const fn of this.cleanups) fn();
  }

  /** Shows the whole run. */
  fit(animate = true): void {
    const sel = select(this.els.plot);
    if (animate) sel.transition().duration(220).call(this.zoomer.transform, zoomIdentity);
    else sel.call(this.zoomer.transform, zoomIdentity);
  }

  zoomBy(factor: number): void {
    select(this.els.plot).transition().duration(160).call(this.zoomer.scaleBy, factor);
  }

  panBy(dx: number): void {
    const k = this.currentTransform().k;
    select(this.els.plot).call(this.zoomer.translateBy, -dx / k, 0);
  }

  /** Shows [start, end] (virtual seconds): how a zoom group keeps its timelines on one axis. */
  showWindow(start: Seconds, end: Seconds): void {
    const k = Math.max(1, this.base.span / Math.max(1e-9, end - start));
    const tx = -k * this.base.toPx(start);
    select(this.els.plot).call(this.zoomer.transform, zoomIdentity.translate(tx, 0).scale(k));
  }

  private modelIn(s: AppState): TraceModel | null {
    const trace = this.source.trace(s);
    return trace ? modelOf(trace) : null;
  }

  /** True when the store's selection, hover and replay refer to this timeline's trace. */
  private linked(s: AppState): boolean {
    return this.source.linked(s) && this.source.trace(s) === s.trace;
  }

  /** The axis spans the shared end in compare mode, else this run's. */
  private axisEnd(): Seconds {
    return this.source.axisEnd(this.store.getState()) ?? this.model?.end ?? secs(1);
  }

  private setModel(model: TraceModel | null): void {
    this.model = model;
    this.layoutRows();
    this.base = TimeScale.fit(this.axisEnd(), this.width);
    this.updateExtents();
    this.fit(false);
    this.els.scroller.scrollTop = 0;
    this.invalidate(true);
  }

  private onState(s: AppState, prev: AppState): void {
    const { source } = this;
    if (source.trace(s) !== source.trace(prev) || source.axisEnd(s) !== source.axisEnd(prev)) return this.setModel(this.modelIn(s));
    if (s.presenter !== prev.presenter) {
      this.layoutRows();
      this.invalidate(true);
    }
    const linked = this.linked(s);
    if (linked && s.selected !== prev.selected && s.selected) this.scrollRowIntoView(s.selected.row);
    if (s.playback !== prev.playback && linked) this.followCursor(s);
    if (
      s.selected !== prev.selected || s.hovered !== prev.hovered || s.cursorLine !== prev.cursorLine ||
      s.hoveredOutput !== prev.hoveredOutput || pagePalette(s) !== pagePalette(prev) ||
      s.playback !== prev.playback || linked !== this.linked(prev)
    ) this.invalidate(false);
  }

  /** Keeps the replay cursor and its lane in view while stepping or playing, zoomed in. */
  private followCursor(s: AppState): void {
    const { index, time } = s.playback;
    if (index === null || !this.model) return;
    const x = this.scale.toPx(secs(time));
    if (this.currentTransform().k > 1 && (x < this.width * 0.05 || x > this.width * 0.95)) {
      const start = time - this.scale.span * 0.25;
      this.showWindow(secs(start), secs(start + this.scale.span));
    }
    const ev = s.trace?.events[index];
    const row = ev ? this.model.rowOf.get(ev.task) : undefined;
    if (row !== undefined) this.scrollRowIntoView(row);
  }

  private resize(): void {
    const width = px(Math.max(50, this.els.plot.clientWidth));
    const height = px(Math.max(50, this.els.scroller.clientHeight - AXIS_HEIGHT));
    const old = this.currentTransform();
    const ratio = width / this.width;
    this.width = width;
    this.height = height;
    const dpr = window.devicePixelRatio || 1;
    const { canvas } = this.els;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    this.layoutRows();
    this.base = TimeScale.fit(this.axisEnd(), width);
    this.updateExtents();
    // Keep the same stretch of time in view when the panel changes size.
    select(this.els.plot).call(this.zoomer.transform, zoomIdentity.translate(old.x * ratio, 0).scale(old.k));
    this.invalidate(true);
  }

  private layoutRows(): void {
    const lanes = this.model?.lanes.length ?? 0;
    this.rowHeight = rowHeightFor(lanes, this.height, this.store.getState().presenter ? PRESENTER_MAX_ROW : MAX_ROW);
    // Never shorter than the viewport: the sticky canvas must not push the content taller.
    this.els.content.style.height = `${Math.max(lanes * this.rowHeight, this.height)}px`;
  }

  private updateExtents(): void {
    // Zoom in to 1 µs windows at most; zoom out no further than the whole run.
    const maxK = Math.max(2, this.base.span / 1e-6);
    this.zoomer
      .scaleExtent([1, maxK])
      .extent([[0, 0], [this.width, this.height]])
      .translateExtent([[0, -1e7], [this.width, 1e7]]);
  }

  private currentTransform(): ZoomTransform {
    return (this.els.plot as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
  }

  private onZoom(t: ZoomTransform): void {
    this.scale = this.base.transformed(t.k, t.x);
    this.group?.publish(this, this.scale.start, this.scale.end);
    this.refreshHover();
    this.invalidate(false);
  }

  /**
   * Plain wheel scrolls the lanes when they overflow (the page's normal gesture) and
   * zooms when they fit; Ctrl/Cmd+wheel and trackpad pinch always zoom.
   */
  private acceptZoomEvent(ev: Event): boolean {
    if (ev instanceof WheelEvent) {
      if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) return false;
      return ev.ctrlKey || ev.metaKey || !this.overflows();
    }
    const mouse = ev as MouseEvent;
    return !mouse.button && !mouse.ctrlKey;
  }

  overflows(): boolean {
    return (this.model?.lanes.length ?? 0) * this.rowHeight > this.height + 1;
  }

  /** Trackpad sideways swipes pan time. */
  private onSideways(ev: WheelEvent): void {
    if (Math.abs(ev.deltaX) <= Math.abs(ev.deltaY)) return;
    ev.preventDefault();
    this.panBy(ev.deltaX);
  }

  private onPointer(ev: PointerEvent): void {
    const rect = this.els.plot.getBoundingClientRect();
    this.pointer = { x: px(ev.clientX - rect.left), y: px(ev.clientY - rect.top - this.els.scroller.scrollTop) };
    this.refreshHover();
    this.invalidate(false);
  }

  /** Re-reads what is under a still pointer after the view moved under it (scroll, zoom). */
  private refreshHover(): void {
    if (!this.pointer) return;
    const { x, y } = this.pointer;
    const hit = this.dragging || !this.model ? null : hitTest(this.model, this.scale, this.rowHeight, px(this.els.scroller.scrollTop), x, y);
    if (this.linked(this.store.getState())) this.store.getState().hover(hit);
    else this.localHover = hit;
    this.callbacks.onTooltip(hit ? { x, y, hit, width: this.width, height: this.height } : null);
    this.els.plot.style.cursor = hit ? 'pointer' : 'grab';
  }

  private onLeave(): void {
    this.pointer = null;
    this.localHover = null;
    if (this.linked(this.store.getState())) this.store.getState().hover(null);
    this.callbacks.onTooltip(null);
    this.invalidate(false);
  }

  private onClick(ev: MouseEvent): void {
    if (!this.model) return;
    const rect = this.els.plot.getBoundingClientRect();
    const hit = hitTest(this.model, this.scale, this.rowHeight, px(this.els.scroller.scrollTop), px(ev.clientX - rect.left), px(ev.clientY - rect.top - this.els.scroller.scrollTop));
    // A click on a compare partner makes its variant the active one first.
    if (!this.linked(this.store.getState())) this.source.activate(this.store.getState());
    const state = this.store.getState();
    if (hit?.kind === 'segment') state.select(hit.ref, segmentOf(this.model, hit.ref)?.line ?? null);
    else if (hit?.kind === 'mark') state.select(null, this.model.marks[hit.row]?.[hit.index]?.line ?? null);
    else state.select(null, null);
  }

  /** Double-click moves the replay to that moment. */
  private onDoubleClick(ev: MouseEvent): void {
    if (!this.model) return;
    if (!this.linked(this.store.getState())) this.source.activate(this.store.getState());
    const s = this.store.getState();
    if (!s.trace) return;
    const t = this.scale.toTime(px(ev.clientX - this.els.plot.getBoundingClientRect().left));
    s.seekEvent(eventIndexAtTime(s.trace, t));
  }

  /** Zoom keys; the arrow keys belong to the replay (playback-keys.ts), page-wide. */
  private onKey(ev: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      '+': () => this.zoomBy(1.5),
      '=': () => this.zoomBy(1.5),
      '-': () => this.zoomBy(1 / 1.5),
      '0': () => this.fit(),
      f: () => this.fit(),
      Escape: () => this.store.getState().select(null, null),
    };
    const action = actions[ev.key];
    if (action && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      action();
    }
  }

  private scrollRowIntoView(row: number): void {
    const top = row * this.rowHeight;
    const { scroller } = this.els;
    if (top < scroller.scrollTop || top + this.rowHeight > scroller.scrollTop + this.height) {
      scroller.scrollTop = Math.max(0, top - this.height / 3);
    }
  }

  /** Schedules one repaint; `layout` also tells React which label rows are in view. */
  private invalidate(layout: boolean): void {
    if (layout) {
      const { first, last } = visibleRows(px(this.els.scroller.scrollTop), this.height, this.rowHeight, this.model?.lanes.length ?? 0);
      this.callbacks.onLayout({ rowHeight: this.rowHeight, first, last });
    }
    if (this.raf) return;
    this.raf = requestAnimationFrame(() => {
      this.raf = 0;
      this.draw();
    });
  }

  private draw(): void {
    const ctx = this.els.canvas.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    // Read before the axis changes the DOM: reading after would force a layout in mid-frame.
    const scrollTop = px(this.els.scroller.scrollTop);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    renderAxis(this.els.axis, this.scale, this.pointer?.x ?? null);
    ctx.clearRect(0, 0, this.width, this.height);
    if (!this.model) return;
    const s = this.store.getState();
    const frame: TimelineFrame = {
      model: this.model,
      scale: this.scale,
      palette: pagePalette(s),
      scrollTop,
      height: this.height,
      rowHeight: this.rowHeight,
      emphasis: this.linked(s)
        ? { selected: s.selected, hovered: s.hovered, atLine: segmentsAtLine(this.model, s.cursorLine), hoveredOutput: s.hoveredOutput }
        : { selected: null, hovered: this.localHover, atLine: [], hoveredOutput: null },
      pointerX: this.pointer?.x ?? null,
      cursor: this.cursorIn(s),
      fonts: s.presenter ? PRESENTER_FONTS : undefined,
    };
    renderTimeline(new CanvasPainter(ctx), frame);
  }

  /** The replay cursor as this timeline draws it: in full on the replayed trace, as a time line on a partner. */
  private cursorIn(s: AppState): PlaybackCursor | null {
    const { index, time } = s.playback;
    if (index === null || !this.model) return null;
    if (!this.linked(s)) return { t: secs(time), row: null, fadeFuture: false };
    const ev = s.trace?.events[index];
    return { t: secs(time), row: ev ? this.model.rowOf.get(ev.task) ?? null : null, fadeFuture: true };
  }
}
