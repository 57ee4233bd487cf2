/**
 * The conformance corpus (corpus/conformance): each snippet's stdout and exit status under
 * Loopscope must equal real CPython's, recorded in expected/*.json by scripts/record-expected.py.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFile, stdoutOf } from './test-support.ts';

const DIR = join(import.meta.dirname, '../../corpus/conformance');
const snippets = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.py')).sort() : [];

describe('conformance with CPython', { timeout: 60_000 }, () => {
  it('has a corpus of at least 40 snippets', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(40);
  });

  it.each(snippets)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, 'expected', name.replace(/\.py$/, '.json')), 'utf8')) as { stdout: string; exit: number };
    // A generous real-time budget: these check semantics, and the machine may be busy.
    const trace = await runFile(join(DIR, name), { wallClockMs: 60_000 });
    expect({ stdout: stdoutOf(trace), exit: trace.outcome.exitCode }).toEqual({ stdout: expected.stdout, exit: expected.exit });
  });
});
