/** The two keys the plain editor edits itself (as Monaco does with its Python settings): pure, tested in Node. */

export interface Edit {
  text: string;
  caret: number;
}

const INDENT = '    ';

/** Tab inserts spaces to the next multiple of four (a selection is replaced, as Monaco's Tab does on one line). */
export function indentOnTab(text: string, start: number, end: number): Edit {
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  const spaces = INDENT.slice(column % INDENT.length);
  return { text: text.slice(0, start) + spaces + text.slice(end), caret: start + spaces.length };
}

/** Enter keeps the line's indentation, one level more after a line ending in ':'. */
export function indentOnEnter(text: string, start: number, end: number): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  let indent = /^[ \t]*/.exec(before)![0];
  if (/:\s*(#.*)?$/.test(before)) indent += INDENT;
  const insert = `\n${indent}`;
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
