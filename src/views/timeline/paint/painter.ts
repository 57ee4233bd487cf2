/**
 * What the timeline renderers draw through. The render-*.ts functions speak only this
 * interface, so one drawing code feeds the app's canvas (canvas-painter.ts) and the SVG
 * export (svg-painter.ts, which runs in Node for `loopscope run --svg`). All coordinates
 * and sizes are CSS pixels; text is left-aligned on its vertical middle unless `align` says.
 */

/** A diagonal hatch ("/" lines) in one colour: waits read as hatched without relying on hue. */
export interface Hatch {
  hatch: string;
  /** Distance between lines, px. */
  spacing: number;
  /** Line width, px. */
  width: number;
}

/** A CSS colour, or a hatch. */
export type Fill = string | Hatch;

export interface Stroke {
  color: string;
  /** Line width, px. */
  width: number;
  /** Dash and gap lengths, px; absent for a solid line. */
  dash?: readonly number[];
}

export interface TextStyle {
  /** A CSS font shorthand: "600 12px system-ui, sans-serif". */
  font: string;
  color: string;
  /** A soft dark outline behind light text on a coloured bar. */
  halo?: boolean;
  /** Which end of the text sits at x; default start. */
  align?: 'start' | 'middle' | 'end';
}

/** Path commands: move, line, cubic Bézier (two control points, then the end), close. */
export type PathCommand =
  | readonly ['M', number, number]
  | readonly ['L', number, number]
  | readonly ['C', number, number, number, number, number, number]
  | readonly ['Z'];

export interface Painter {
  /** Fills a rectangle; `alpha` (0–1) fades the whole fill. */
  rect(x: number, y: number, w: number, h: number, fill: Fill, alpha?: number): void;
  /** Outlines a rectangle along its exact edges. */
  strokeRect(x: number, y: number, w: number, h: number, stroke: Stroke): void;
  roundRect(x: number, y: number, w: number, h: number, r: number, fill: Fill | null, stroke: Stroke | null): void;
  circle(cx: number, cy: number, r: number, fill: Fill | null, stroke: Stroke | null): void;
  path(commands: readonly PathCommand[], fill: Fill | null, stroke: Stroke | null): void;
  /** Draws one line of text with its vertical middle at y. */
  text(text: string, x: number, y: number, style: TextStyle): void;
  /** Width of text in a font, px: the canvas measures, SVG estimates (it may run with no fonts at all). */
  textWidth(text: string, font: string): number;
  /** Runs `body` with the origin moved to (dx, dy), clipped to w×h there. */
  group(dx: number, dy: number, w: number, h: number, body: () => void): void;
}

export function isHatch(fill: Fill): fill is Hatch {
  return typeof fill !== 'string';
}

/**
 * One hatch tile's strokes (x0, y0, x1, y1), tile size `spacing`: the diagonal plus two
 * corner pieces, so lines join seamlessly across tile edges. Shared by both painters.
 */
export function hatchLines(spacing: number): Array<[number, number, number, number]> {
  return [
    [-1, spacing + 1, spacing + 1, -1],
    [-1, 1, 1, -1],
    [spacing - 1, spacing + 1, spacing + 1, spacing - 1],
  ];
}
