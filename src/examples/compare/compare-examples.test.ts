import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../index.ts';
import { COMPARE_EXAMPLES, compareExampleById } from './index.ts';

describe('compare gallery', () => {
  it('opens with sequential vs gather, and includes Semaphore(2) vs Semaphore(5)', () => {
    expect(COMPARE_EXAMPLES[0]!.id).toBe('sequential-vs-gather');
    expect(compareExampleById('semaphore-2-vs-5')?.variants.map((v) => v.name)).toEqual(['Semaphore(2)', 'Semaphore(5)']);
  });

  it('has ids no single example uses, two named variants each, and a note', () => {
    const ids = [...EXAMPLES, ...COMPARE_EXAMPLES].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of COMPARE_EXAMPLES) {
      expect(e.lookFor.length).toBeGreaterThan(80);
      expect(e.variants).toHaveLength(2);
      expect(e.variants[0].name).not.toBe(e.variants[1].name);
      for (const v of e.variants) {
        expect(v.name.length).toBeLessThanOrEqual(60);
        expect(v.code.endsWith('\n')).toBe(true);
        expect(v.code).not.toMatch(/^\s/);
      }
    }
  });

  it.runIf(hasPython())('every variant is valid Python', () => {
    const script = 'import json,sys\nfor name, code in json.load(sys.stdin):\n    compile(code, name, "exec")\n';
    const input = JSON.stringify(COMPARE_EXAMPLES.flatMap((e) => e.variants.map((v) => [`${e.id}/${v.name}`, v.code])));
    expect(() => execFileSync('python3', ['-c', script], { input, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
  });
});

function hasPython(): boolean {
  try {
    return execFileSync('python3', ['-c', 'import sys; print(sys.version_info >= (3, 8))']).toString().trim() === 'True';
  } catch {
    return false;
  }
}
