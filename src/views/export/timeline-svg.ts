import type { TraceModel } from '../../model/types.ts';
import type { ThemeName } from '../../store/theme-slice.ts';
import { paletteFor } from '../theme/palette.ts';
import { FONT_FAMILY } from '../timeline/frame.ts';
import { SvgPainter } from '../timeline/paint/svg-painter.ts';
import { pictureLayout } from './picture-layout.ts';
import { pictureText, renderPicture } from './render-picture.ts';

export interface TimelineSvgOptions {
  /** Default light: most slides and posts are. */
  theme?: ThemeName;
  /** Total width in px (default 1200); the height follows from the lanes. */
  width?: number;
}

/**
 * The run as a standalone SVG document. No DOM: the browser's Download SVG and the CLI's
 * `--svg FILE` call this same function, so both produce the same picture.
 */
export function timelineSvg(model: TraceModel, options: TimelineSvgOptions = {}): string {
  const layout = pictureLayout(model, options.width);
  const text = pictureText(model);
  const painter = new SvgPainter({ fontFamily: FONT_FAMILY });
  renderPicture(painter, model, paletteFor(options.theme ?? 'light'), layout, text);
  return painter.toString(layout.width, layout.height, text.title);
}
