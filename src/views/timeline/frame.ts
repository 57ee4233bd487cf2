import type { SegmentRef, TraceModel } from '../../model/types.ts';
import type { Hovered } from '../../store/selection-slice.ts';
import type { TimeScale } from '../../units/time-scale.ts';
import type { Pixels } from '../../units/time.ts';
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
}

export const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const FONT_BOLD = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
