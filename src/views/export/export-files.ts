import { chromeTraceFileName, toChromeTrace } from '../../export/chrome-trace.ts';
import { fileStamp } from '../../export/file-name.ts';
import { LOOPSCOPE_JSON_TYPE, loopscopeJson, loopscopeJsonFileName } from '../../export/loopscope-json.ts';
import type { TraceModel } from '../../model/types.ts';
import type { ThemeName } from '../../store/theme-slice.ts';
import { paletteFor } from '../theme/palette.ts';
import { timelinePng } from './timeline-png.ts';
import { timelineSvg } from './timeline-svg.ts';

/** What the Export menu offers. */
export type ExportFormat = 'svg' | 'png' | 'trace' | 'perfetto';

export interface ExportFile {
  blob: Blob;
  name: string;
}

/** "loopscope-timeline-20250102-030405.svg": pictures are named like the JSON exports. */
export function pictureFileName(ext: 'svg' | 'png', at: Date): string {
  return `loopscope-timeline-${fileStamp(at)}.${ext}`;
}

/** Builds one export of the run: the picture in the page's theme, or the trace as JSON. */
export async function exportFile(doc: Document, format: ExportFormat, model: TraceModel, theme: ThemeName, at: Date): Promise<ExportFile> {
  switch (format) {
    case 'svg':
      return { blob: new Blob([timelineSvg(model, { theme })], { type: 'image/svg+xml' }), name: pictureFileName('svg', at) };
    case 'png':
      return { blob: await timelinePng(doc, model, paletteFor(theme)), name: pictureFileName('png', at) };
    case 'trace':
      return { blob: new Blob([loopscopeJson(model.trace)], { type: LOOPSCOPE_JSON_TYPE }), name: loopscopeJsonFileName(at) };
    case 'perfetto':
      return { blob: new Blob([`${JSON.stringify(toChromeTrace(model.trace, model))}\n`], { type: 'application/json' }), name: chromeTraceFileName(at) };
  }
}
