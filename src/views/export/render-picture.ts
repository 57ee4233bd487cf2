import { coroutineLabel } from '../../model/lanes.ts';
import { summarize } from '../../model/summary.ts';
import type { Lane, TraceModel } from '../../model/types.ts';
import { px } from '../../units/time.ts';
import type { Palette } from '../theme/palette.ts';
import { axisTicks } from '../timeline/axis-ticks.ts';
import { FONT_FAMILY, type TimelineFrame } from '../timeline/frame.ts';
import type { Painter } from '../timeline/paint/painter.ts';
import { renderTimeline } from '../timeline/render-timeline.ts';
import { fitText } from '../timeline/text-fit.ts';
import type { PictureLayout } from './picture-layout.ts';
import { renderPictureLegend } from './render-picture-legend.ts';

const SANS = FONT_FAMILY;
const MONO = 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace';

/** What the picture says at the top: usually the run's one-line summary. */
export interface PictureText {
  title: string;
  /** Small print at the top right ("Loopscope"), so a slide says where it came from. */
  credit: string;
}

/**
 * A whole run as one picture for slides and static posts: title and legend, the time axis,
 * lane labels, and the plot, which is drawn by the app's own timeline renderer. The app
 * draws axis and labels in the DOM (crisp, selectable, findable by tests); a picture has
 * no DOM, so this draws them through the painter in the app's type and colours.
 */
export function renderPicture(p: Painter, model: TraceModel, palette: Palette, layout: PictureLayout, text: PictureText): void {
  const { width, height, pad, plotTop, plotLeft, plotWidth, plotHeight, rowHeight, scale } = layout;
  p.rect(0, 0, width, height, palette.surface);

  const creditWidth = p.textWidth(text.credit, `11.5px ${SANS}`);
  p.text(text.credit, width - pad, pad + 9, { font: `11.5px ${SANS}`, color: palette.textMuted, align: 'end' });
  fitText(p, text.title, pad, pad + 9, width - 2 * pad - creditWidth - 16, { font: `600 14px ${SANS}`, color: palette.text });
  renderPictureLegend(p, palette, pad, pad + 29);

  // The axis: tick labels over the plot, "virtual time" over the labels.
  const axisTop = plotTop - 30;
  p.text('virtual time', pad + 10, axisTop + 15, { font: `11.5px ${SANS}`, color: palette.textMuted });
  for (const tick of axisTicks(scale)) {
    const x = plotLeft + Math.round(tick.x) + 0.5;
    const align = tick.x < 20 ? 'start' : tick.x > plotWidth - 20 ? 'end' : 'middle';
    p.text(tick.label, x, axisTop + 14, { font: `11.5px ${SANS}`, color: palette.textMuted, align });
    p.rect(x - 0.5, axisTop + 22, 1, 8, palette.border);
  }
  p.rect(pad, plotTop - 1, width - 2 * pad, 1, palette.border);
  p.rect(plotLeft - 1, axisTop, 1, plotHeight + 30, palette.border);

  for (const lane of model.lanes.slice(0, layout.shownLanes)) laneLabel(p, lane, palette, pad, plotTop + lane.row * rowHeight, layout);

  const frame: TimelineFrame = {
    model, scale, palette, rowHeight,
    scrollTop: px(0),
    height: plotHeight,
    emphasis: { selected: null, hovered: null, atLine: [], hoveredOutput: null },
    pointerX: null,
  };
  p.group(plotLeft, plotTop, plotWidth, plotHeight, () => renderTimeline(p, frame));
  p.rect(pad, plotTop + plotHeight, width - 2 * pad, 1, palette.border);
  const hidden = model.lanes.length - layout.shownLanes;
  if (hidden > 0) {
    const note = `Showing the first ${layout.shownLanes.toLocaleString('en-US')} of ${model.lanes.length.toLocaleString('en-US')} lanes; ${hidden.toLocaleString('en-US')} more are in the app's timeline and the trace files.`;
    fitText(p, note, pad + 10, plotTop + plotHeight + layout.footHeight / 2 + 2, width - 2 * pad - 10, { font: `11.5px ${SANS}`, color: palette.textMuted });
  }
}

const GLYPH: Record<Lane['state'], { glyph: string; color: keyof Palette }> = {
  finished: { glyph: '✓', color: 'ok' },
  failed: { glyph: '✕', color: 'error' },
  cancelled: { glyph: '⊘', color: 'cancel' },
  pending: { glyph: '…', color: 'warn' },
};

/** One lane's label, as the app's label column shows it: name, call, line, state. */
function laneLabel(p: Painter, lane: Lane, palette: Palette, left: number, top: number, layout: PictureLayout): void {
  const { rowHeight, labelWidth } = layout;
  if (lane.row % 2 === 1) p.rect(left, top, labelWidth - 1, rowHeight, palette.laneAlt);
  const y = top + rowHeight / 2;
  const state = lane.kind === 'thread' ? null : GLYPH[lane.state];
  const right = left + labelWidth - (state ? 26 : 10);
  let x = left + 10 + Math.min(lane.depth, 4) * 10;
  const name = lane.kind === 'main' ? 'main program' : lane.name;
  const nameFont = lane.kind === 'main' ? `italic 600 12.5px ${SANS}` : `600 12.5px ${SANS}`;
  if (fitText(p, name, x, y, right - x, { font: nameFont, color: palette.text })) x += Math.min(p.textWidth(name, nameFont), right - x) + 8;
  const details = [lane.kind === 'thread' ? 'thread' : coroutineLabel(lane), lane.createdLine !== null && lane.kind !== 'main' ? `L${lane.createdLine}` : '']
    .filter(Boolean)
    .join(' ');
  if (details && right - x > 18) fitText(p, details, x, y, right - x, { font: `12px ${MONO}`, color: palette.textMuted });
  if (state) p.text(state.glyph, left + labelWidth - 14, y, { font: `700 12px ${SANS}`, color: palette[state.color] as string, align: 'middle' });
}

/** The run's summary as the title, and the credit line. */
export function pictureText(model: TraceModel): PictureText {
  return { title: summarize(model), credit: 'Loopscope · asyncio on a virtual clock' };
}
