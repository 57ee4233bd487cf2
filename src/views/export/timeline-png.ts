import type { TraceModel } from '../../model/types.ts';
import type { Palette } from '../theme/palette.ts';
import { CanvasPainter } from '../timeline/paint/canvas-painter.ts';
import { pictureLayout } from './picture-layout.ts';
import { pictureText, renderPicture } from './render-picture.ts';

/** PNGs are drawn at twice their CSS size: crisp on slides and high-density screens. */
export const PNG_SCALE = 2;

/**
 * The run as a PNG: the same picture as the SVG export (renderPicture, which draws the plot
 * with the app's timeline renderer), painted on a canvas at PNG_SCALE.
 */
export function timelinePng(doc: Document, model: TraceModel, palette: Palette, scale = PNG_SCALE): Promise<Blob> {
  const layout = pictureLayout(model);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('This browser cannot draw the picture (no 2D canvas).'));
  ctx.scale(scale, scale);
  renderPicture(new CanvasPainter(ctx), model, palette, layout, pictureText(model));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded as PNG.'))), 'image/png'));
}
