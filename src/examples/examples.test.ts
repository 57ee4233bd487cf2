import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stillLooksLike } from './example.ts';
import { EXAMPLES } from './index.ts';

describe('gallery', () => {
  it('has unique ids and a paragraph for every example', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) {
      expect(e.title.length).toBeGreaterThan(3);
      expect(e.lookFor.length).toBeGreaterThan(80);
      expect(e.code.endsWith('\n')).toBe(true);
      expect(e.code).not.toMatch(/^\s/); // dedented
    }
  });

  it('covers every section the issue asks for', () => {
    const ids = EXAMPLES.map((e) => e.id);
    for (const id of ['sync-vs-async', 'coroutines', 'event-loop', 'awaitables', 'aiohttp', 'asyncpg-pool', 'aiofiles', 'semaphore', 'timeout', 'cancellation', 'producer-consumer-fixed', 'producer-consumer-broken', 'blocking', 'executor', 'forgetting-to-await', 'benchmark', 'taskgroup', 'as-completed', 'event', 'lock']) {
      expect(ids).toContain(id);
    }
  });

  it('recognises an edited example, not a different program', () => {
    const e = EXAMPLES[2]!;
    expect(stillLooksLike(e, e.code.replace('2)', '5)'))).toBe(true);
    expect(stillLooksLike(e, 'import asyncio\nprint(1)\n')).toBe(false);
  });

  // Syntax only: the host Python may be older than Pyodide's, but `except*` needs 3.11.
  it.runIf(hasPython())('every example is valid Python', () => {
    const script = 'import json,sys\nfor name, code in json.load(sys.stdin):\n    compile(code, name, "exec")\n';
    const input = JSON.stringify(EXAMPLES.map((e) => [e.id, e.code]));
    expect(() => execFileSync('python3', ['-c', script], { input, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
  });
});

function hasPython(): boolean {
  try {
    const version = execFileSync('python3', ['-c', 'import sys; print(sys.version_info >= (3, 11))']).toString().trim();
    return version === 'True';
  } catch {
    return false;
  }
}
