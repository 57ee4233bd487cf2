import type { TraceModel } from '../../model/types.ts';
import { TimeScale } from '../../units/time-scale.ts';
import { px, type Pixels } from '../../units/time.ts';
import { AXIS_HEIGHT } from '../timeline/geometry.ts';

/** Where everything sits in an exported picture of a run (CSS px; PNG multiplies them). */
export interface PictureLayout {
  width: Pixels;
  height: Pixels;
  /** Outer margin on every side. */
  pad: Pixels;
  /** Title and legend band at the top. */
  headerHeight: Pixels;
  /** The lane-label column, left of the plot. */
  labelWidth: Pixels;
  /** Top of the plot (below header and axis). */
  plotTop: Pixels;
  plotLeft: Pixels;
  plotWidth: Pixels;
  plotHeight: Pixels;
  rowHeight: Pixels;
  /** Lanes drawn: the first `shownLanes` rows; the rest are counted in a footnote. */
  shownLanes: number;
  /** Height of that footnote band (0 when every lane is drawn). */
  footHeight: Pixels;
  /** The whole run, with a little air, across the plot. */
  scale: TimeScale;
}

/** Default picture width: fits a 16:9 slide at 1280 with room to spare. */
export const PICTURE_WIDTH = px(1200);
const PAD = px(16);
const HEADER = px(40);
const LABELS = px(220);
/** A fixed row height: a picture has no viewport to fill, and slides want fat bars. */
const ROW = px(40);
/** Plot width never below this, whatever width was asked for. */
const MIN_PLOT = px(240);
/**
 * Most lanes a picture draws (8,000 px at 40 px a row). Beyond this an image is no longer
 * something to look at, a PNG at 2× nears the browser's canvas limits, and 10,000 lanes
 * would make a 20 MB SVG; the app's scrolling timeline is the place for those.
 */
export const MAX_PICTURE_LANES = 200;
const FOOT = px(28);

/** Lays out the whole run: its lanes (up to `maxLanes`), the full time range, fit to `width`. */
export function pictureLayout(model: TraceModel, width: number = PICTURE_WIDTH, maxLanes = MAX_PICTURE_LANES): PictureLayout {
  const plotWidth = px(Math.max(MIN_PLOT, Math.round(width) - 2 * PAD - LABELS));
  const total = px(plotWidth + 2 * PAD + LABELS);
  const shownLanes = Math.min(model.lanes.length, maxLanes);
  // An empty run still gets one row's height, so the axis has something under it.
  const plotHeight = px(Math.max(1, shownLanes) * ROW);
  const plotTop = px(PAD + HEADER + AXIS_HEIGHT);
  const footHeight = shownLanes < model.lanes.length ? FOOT : px(0);
  return {
    width: total,
    height: px(plotTop + plotHeight + footHeight + PAD),
    pad: PAD,
    headerHeight: HEADER,
    labelWidth: LABELS,
    plotTop,
    plotLeft: px(PAD + LABELS),
    plotWidth,
    plotHeight,
    rowHeight: ROW,
    shownLanes,
    footHeight,
    scale: TimeScale.fit(model.end, plotWidth),
  };
}
