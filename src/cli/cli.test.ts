/** The CLI end to end, as a user runs it: `npx loopscope run FILE` (one process per case). */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/loopscope.mjs');
const dir = mkdtempSync(join(tmpdir(), 'loopscope-cli-'));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function file(name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('loopscope CLI', { timeout: 90_000 }, () => {
  it('prints the program output and exits 0', async () => {
    const path = file('ok.py', 'import asyncio\nasync def main():\n    await asyncio.sleep(2)\n    print("done at", asyncio.get_running_loop().time())\nasyncio.run(main())\n');
    expect(await cli(['run', path])).toEqual({ code: 0, stdout: 'done at 2.0\n', stderr: '' });
  });

  it('prints the whole trace with --json', async () => {
    const path = file('json.py', 'import asyncio\nasync def f():\n    await asyncio.sleep(1)\nasync def main():\n    await asyncio.gather(f(), f())\n    print("hi")\nasyncio.run(main())\n');
    const { code, stdout } = await cli(['run', path, '--json']);
    expect(code).toBe(0);
    const trace = JSON.parse(stdout);
    expect(trace).toMatchObject({ format: 'loopscope-trace', version: 1, outcome: { status: 'ok', virtualTime: 1 }, output: [{ t: 1, stream: 'stdout', text: 'hi' }] });
    expect(trace.tasks.map((t: { coroutine: string | null }) => t.coroutine)).toEqual([null, 'main', 'f', 'f']);
  });

  it('writes the timeline picture with --svg, from the app\'s renderer', async () => {
    const path = file('svg.py', 'import asyncio\nasync def nap(s):\n    await asyncio.sleep(s)\nasync def main():\n    await asyncio.gather(nap(1), nap(2))\nasyncio.run(main())\n');
    const out = join(dir, 'timeline.svg');
    expect(await cli(['run', path, '--svg', out])).toEqual({ code: 0, stdout: '', stderr: '' });
    const svg = readFileSync(out, 'utf8');
    // Well-formedness is views/export/timeline-svg.test.ts's job; this checks the file is that picture.
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('>main program</text>');
    expect(svg).toContain('>sleep(2)</text>');
    expect(await cli(['run', path, '--svg', join(dir, 'no-such-dir', 'x.svg')])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot write') });
  });

  it('exits non-zero on an uncaught exception, a syntax error, a deadlock and a wall-clock limit', async () => {
    const error = await cli(['run', file('err.py', 'raise ValueError("no")\n')]);
    expect(error.code).toBe(1);
    expect(error.stderr).toContain('ValueError: no');
    const syntax = await cli(['run', file('syn.py', 'def f(:\n')]);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toContain('SyntaxError');
    const deadlock = await cli(['run', file('dead.py', 'import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n')]);
    expect(deadlock.code).toBe(1);
    expect(deadlock.stderr).toContain('deadlock');
    expect(deadlock.stderr).toContain('line 3 on Event.wait()');
    const spin = await cli(['run', file('spin.py', 'x = 0\nwhile True:\n    x += 1\n'), '--wall-clock-ms', '500']);
    expect(spin.code).toBe(1);
    expect(spin.stderr).toContain('while running line 3');
  });

  it('refuses binary files and non-UTF-8 text, and missing files', async () => {
    const binary = await cli(['run', file('bin.py', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1]))]);
    expect(binary).toMatchObject({ code: 2, stderr: expect.stringContaining('binary file') });
    const latin1 = await cli(['run', file('latin.py', new Uint8Array([0x23, 0xe9, 0x0a]))]);
    expect(latin1).toMatchObject({ code: 2, stderr: expect.stringContaining('not UTF-8') });
    expect(await cli(['run', join(dir, 'missing.py')])).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read') });
  });
});
