/**
 * Heights in the embed view, from its content: a blog post shows the whole snippet and every
 * lane without inner scrolling when it can, and the iframe grows to fit (the host snippet).
 * CSS px. Long snippets and many lanes scroll inside their panel past a cap.
 */

/** Monaco's line height and top + bottom padding, as CodeEditor sets them. */
const LINE = 21;
const EDITOR_PAD = 20;
const MIN_LINES = 4;
const MAX_LINES = 24;

/** The timeline panel: its header, the axis, the lanes at a comfortable height, a little air. */
const PANEL_HEADER = 41;
const AXIS = 30;
const ROW = 36;
const MAX_ROWS = 10;
/** Before the first run: room for the "run the code" hint. */
const EMPTY_TIMELINE = 170;

export function editorHeight(code: string): number {
  // Every line Monaco numbers, the empty one after a final newline too: a half-shown line looks broken.
  const lines = code.split('\n').length;
  return Math.min(MAX_LINES, Math.max(MIN_LINES, lines)) * LINE + EDITOR_PAD;
}

/** Output panel: its header and one 20 px row per printed line (a few, then it scrolls). */
const OUTPUT_ROW = 20;
const MAX_OUTPUT_ROWS = 8;

/** Height of the output panel for `lines` printed lines (null before any run). */
export function outputHeight(lines: number | null): number {
  return PANEL_HEADER + 16 + Math.min(MAX_OUTPUT_ROWS, Math.max(2, lines ?? 2)) * OUTPUT_ROW;
}

/** Tasks panel: its header, the table's header row, one 30 px row per lane (a few, then it scrolls). */
const TABLE_HEAD = 34;
const TASK_ROW = 30;
const MAX_TASK_ROWS = 8;

/** Height of the tasks panel for a run with `lanes` lanes (null before any run). */
export function tasksHeight(lanes: number | null): number {
  if (lanes === null || lanes === 0) return PANEL_HEADER + 60;
  return PANEL_HEADER + TABLE_HEAD + Math.min(MAX_TASK_ROWS, lanes) * TASK_ROW + 8;
}

/** Height of the timeline panel for a run with `lanes` lanes (null before any run). */
export function timelineHeight(lanes: number | null): number {
  if (lanes === null || lanes === 0) return EMPTY_TIMELINE;
  return PANEL_HEADER + AXIS + Math.min(MAX_ROWS, lanes) * ROW + 8;
}
