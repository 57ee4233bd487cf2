/**
 * Finds snippet line numbers in CPython's traceback text so the console can make
 * them clickable. Frames in the standard library (paths with a slash) stay plain:
 * clicking them could only jump to a line of the wrong file.
 */
export type TextPart = { text: string; line?: number };

const FRAME = /^(\s*File ")([^"]+)(", line )(\d+)(.*)$/;
const SNIPPET_FILES = new Set(['<exec>', '<string>', '<snippet>', '<stdin>', 'main.py', 'snippet.py', '<loopscope>']);

export function isSnippetFile(file: string): boolean {
  return SNIPPET_FILES.has(file) || !/[\\/]/.test(file);
}

export function splitTracebackLine(text: string): TextPart[] {
  const m = FRAME.exec(text);
  if (!m || !isSnippetFile(m[2]!)) return [{ text }];
  const [, pre, file, mid, num, rest] = m as unknown as [string, string, string, string, string, string];
  return [{ text: `${pre}${file}${mid}` }, { text: num, line: Number(num) }, { text: rest }];
}
