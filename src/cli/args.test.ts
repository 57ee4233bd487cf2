import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('parses a run with options, in both --flag value and --flag=value forms', () => {
    expect(parseArgs(['run', 'a.py', '--json', '--max-events', '10', '--http-latency=0.5', '--no-trace'])).toEqual({
      ok: true,
      command: { file: 'a.py', json: true, options: { maxEvents: 10, httpLatency: 0.5, trace: false } },
    });
  });

  it('takes --svg FILE, and refuses it without a file or without a trace', () => {
    expect(parseArgs(['run', 'a.py', '--svg', 'out.svg'])).toEqual({ ok: true, command: { file: 'a.py', json: false, options: {}, svg: 'out.svg' } });
    expect(parseArgs(['run', '--svg=t.svg', 'a.py'])).toMatchObject({ ok: true, command: { file: 'a.py', svg: 't.svg' } });
    expect(parseArgs(['run', 'a.py', '--svg'])).toMatchObject({ ok: false, message: '--svg needs a FILE to write the picture to.' });
    expect(parseArgs(['run', 'a.py', '--svg', '--json'])).toMatchObject({ ok: false, message: '--svg needs a FILE to write the picture to.' });
    expect(parseArgs(['run', 'a.py', '--svg', 'x.svg', '--no-trace'])).toMatchObject({ ok: false, message: expect.stringContaining('--no-trace') });
  });

  it('shows help, and refuses unknown commands, options, bad numbers and missing files', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: false, help: true });
    expect(parseArgs([])).toMatchObject({ ok: false, help: true });
    expect(parseArgs(['walk', 'a.py'])).toMatchObject({ ok: false, message: expect.stringContaining("Unknown command 'walk'") });
    expect(parseArgs(['run', 'a.py', '--fast'])).toMatchObject({ ok: false, message: expect.stringContaining("Unknown option '--fast'") });
    expect(parseArgs(['run', 'a.py', '--max-events', 'lots'])).toMatchObject({ ok: false, message: '--max-events needs a non-negative number.' });
    expect(parseArgs(['run'])).toMatchObject({ ok: false, message: expect.stringContaining('Which file?') });
    expect(parseArgs(['run', 'a.py', 'b.py'])).toMatchObject({ ok: false });
  });
});
