/**
 * The trace as a downloadable Loopscope JSON file: exactly what `loopscope run --json`
 * prints, so a saved file can be diffed against a CLI run or loaded back.
 */
import type { Trace } from '../protocol/trace.ts';
import { exportFileName } from './file-name.ts';

/** Media type for the download's Blob. */
export const LOOPSCOPE_JSON_TYPE = 'application/json';

export interface LoopscopeJsonOptions {
  /** Indent two spaces (readable, ~2× larger) instead of one compact line. */
  pretty?: boolean;
}

/** The file's text, ending in a newline. */
export function loopscopeJson(trace: Trace, { pretty = false }: LoopscopeJsonOptions = {}): string {
  return `${JSON.stringify(trace, null, pretty ? 2 : undefined)}\n`;
}

/** "loopscope-trace-20250102-030405.json" for a file saved at `at` (local time). */
export function loopscopeJsonFileName(at: Date): string {
  return exportFileName('trace', at);
}
