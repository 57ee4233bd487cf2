import type { SegmentRef, TraceModel } from '../../model/types.ts';
import type { Hovered } from '../../store/selection-slice.ts';
import type { TimeScale } from '../../units/time-scale.ts';
import type { Pixels, Seconds } from '../../units/time.ts';
import type { Palette } from '../theme/palette.ts';

/** What to emphasise on top of the plain drawing. */
export interface Emphasis {
  selected: SegmentRef | null;
  hovered: Hovered | null;
  /** Segments at the editor's cursor line. */
  atLine: readonly SegmentRef[];
  /** Console line under the pointer: its print mark gets a ring. */
  hoveredOutput: number | null;
}

/** Everything a timeline renderer may look at: no store, no DOM beyond the context. */
export interface TimelineFrame {
  model: TraceModel;
  scale: TimeScale;
  palette: Palette;
  /** Viewport: vertical scroll offset and height of the plot, CSS pixels. */
  scrollTop: Pixels;
  height: Pixels;
  rowHeight: Pixels;
  emphasis: Emphasis;
  /** The pointer's x over the plot, for the time guide line; null when away. */
  pointerX: Pixels | null;
  /** The replay cursor; absent or null outside a replay (and in exported pictures). */
  cursor?: PlaybackCursor | null;
  /** Label type; absent means the UI's 12 px (presenter mode draws larger). */
  fonts?: TimelineFonts;
}

/** CSS font shorthands for labels drawn on the timeline. */
export interface TimelineFonts {
  regular: string;
  bold: string;
}

/** Where the replay stands, as the timeline draws it. */
export interface PlaybackCursor {
  /** Virtual seconds. */
  t: Seconds;
  /** Lane row of the task the current event belongs to; null when none (or another trace's). */
  row: number | null;
  /** Fade what has not happened yet: true on the replayed trace, false on a compare partner. */
  fadeFuture: boolean;
}

/** The UI's sans-serif stack, for text drawn on the timeline and in exported pictures. */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
export const FONT = `12px ${FONT_FAMILY}`;
export const FONT_BOLD = `600 12px ${FONT_FAMILY}`;

/** Presenter mode's labels: readable on a projector, still fitting a 64 px lane. */
export const PRESENTER_FONTS: TimelineFonts = { regular: `15px ${FONT_FAMILY}`, bold: `600 15px ${FONT_FAMILY}` };

/** The fonts a frame asks for, or the UI's own. */
export function fontsOf(frame: Pick<TimelineFrame, 'fonts'>): TimelineFonts {
  return frame.fonts ?? { regular: FONT, bold: FONT_BOLD };
}
