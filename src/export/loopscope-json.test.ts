import { describe, expect, it } from 'vitest';
import type { Trace } from '../protocol/trace.ts';
import gather from '../model/loop-state/fixtures/gather.json';
import { fileStamp } from './file-name.ts';
import { loopscopeJson, loopscopeJsonFileName } from './loopscope-json.ts';

const trace = gather as unknown as Trace;

describe('loopscope JSON download', () => {
  it('writes the trace unchanged, compact by default', () => {
    const text = loopscopeJson(trace);
    expect(text.trimEnd()).not.toContain('\n');
    expect(JSON.parse(text)).toStrictEqual(trace);
  });

  it('indents when asked, with the same content', () => {
    const text = loopscopeJson(trace, { pretty: true });
    expect(text).toContain('\n  "format": "loopscope-trace"');
    expect(JSON.parse(text)).toStrictEqual(trace);
  });

  it('names the file after the local time it was saved', () => {
    expect(loopscopeJsonFileName(new Date(2025, 11, 31, 23, 59, 7))).toBe('loopscope-trace-20251231-235907.json');
    expect(fileStamp(new Date(2026, 0, 1, 0, 0, 0))).toBe('20260101-000000');
  });
});
