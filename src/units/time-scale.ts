import { px, secs, type Pixels, type Seconds } from './time.ts';

/**
 * The only bridge between virtual time and pixels. Immutable: zooming or panning
 * makes a new scale, and every renderer receives the scale it must use rather than
 * inventing its own. Pixel positions are relative to the plot's left edge.
 */
export class TimeScale {
  /** First visible virtual second (at pixel 0). */
  readonly start: Seconds;
  /** Last visible virtual second (at pixel `width`). */
  readonly end: Seconds;
  /** Width of the plot in CSS pixels. */
  readonly width: Pixels;

  constructor(start: Seconds, end: Seconds, width: Pixels) {
    // A zero-length window (a run that took no virtual time) would divide by zero.
    const span = end - start > MIN_SPAN ? end - start : MIN_SPAN;
    this.start = start;
    this.end = secs(start + span);
    this.width = px(Math.max(1, width));
  }

  /** Pixels per virtual second. */
  get pxPerSecond(): number {
    return this.width / (this.end - this.start);
  }

  /** Virtual seconds visible in the window. */
  get span(): Seconds {
    return secs(this.end - this.start);
  }

  toPx(t: Seconds): Pixels {
    return px((t - this.start) * this.pxPerSecond);
  }

  toTime(x: Pixels): Seconds {
    return secs(this.start + x / this.pxPerSecond);
  }

  /** Converts a pixel distance to a duration (for hit-test tolerances). */
  durationOf(dx: Pixels): Seconds {
    return secs(dx / this.pxPerSecond);
  }

  /** Zooms by `factor` (> 1 zooms in) keeping the time under pixel `anchor` fixed. */
  zoom(factor: number, anchor: Pixels): TimeScale {
    const t = this.toTime(anchor);
    const span = Math.max(MIN_SPAN, this.span / factor);
    const start = t - (anchor / this.width) * span;
    return new TimeScale(secs(start), secs(start + span), this.width);
  }

  /** Moves the window right by dx pixels of content (positive dx shows later times). */
  pan(dx: Pixels): TimeScale {
    const dt = this.durationOf(dx);
    return new TimeScale(secs(this.start + dt), secs(this.end + dt), this.width);
  }

  /**
   * The window a d3-zoom transform (scale k, translate tx) shows of this base scale:
   * pixel x of the zoomed view is base pixel (x - tx) / k.
   */
  transformed(k: number, tx: number): TimeScale {
    return new TimeScale(this.toTime(px(-tx / k)), this.toTime(px((this.width - tx) / k)), this.width);
  }

  withWidth(width: Pixels): TimeScale {
    return new TimeScale(this.start, this.end, width);
  }

  /** A scale that shows [0, end] with a little air on both sides. */
  static fit(end: Seconds, width: Pixels, padding: Pixels = px(16)): TimeScale {
    const span = Math.max(end, MIN_SPAN);
    const inner = Math.max(1, width - 2 * padding);
    const perPx = span / inner;
    return new TimeScale(secs(-padding * perPx), secs(span + padding * perPx), width);
  }
}

/** 1 µs: below this, virtual time carries no information a learner could see. */
export const MIN_SPAN = 1e-6;
