import { describe, expect, it } from 'vitest';
import { diagnostics } from './diagnostics.ts';
import { FIXTURES } from './fixtures/index.ts';
import { splitTracebackLine } from './traceback.ts';

describe('diagnostics', () => {
  it('puts the error on its line with CPython’s message, spanning the code', () => {
    const { code, trace } = FIXTURES.gatherError();
    expect(diagnostics(trace, code)).toEqual([
      { line: 6, severity: 'error', message: 'ValueError: bad item 2', startColumn: 9, endColumn: 42 },
    ]);
  });

  it('marks where each deadlocked task is stuck', () => {
    const { code, trace } = FIXTURES.queueDeadlock();
    const d = diagnostics(trace, code);
    expect(d.map((x) => [x.line, x.severity])).toEqual([[12, 'warning'], [22, 'warning']]);
    expect(d[0]!.message).toContain('Queue.get()');
  });

  it('ignores lines outside the code', () => {
    const { trace } = FIXTURES.gatherError();
    expect(diagnostics(trace, 'x = 1')).toEqual([]);
  });
});

describe('traceback links', () => {
  it('links snippet frames, not the standard library', () => {
    expect(splitTracebackLine('  File "<exec>", line 13, in <module>')).toEqual([
      { text: '  File "<exec>", line ' },
      { text: '13', line: 13 },
      { text: ', in <module>' },
    ]);
    expect(splitTracebackLine('  File "/lib/python3.14/asyncio/runners.py", line 195, in run')).toHaveLength(1);
    expect(splitTracebackLine('ValueError: bad item 2')).toEqual([{ text: 'ValueError: bad item 2' }]);
  });
});
