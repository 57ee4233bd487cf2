import { describe, expect, it, vi } from 'vitest';

vi.mock('virtual:loopscope-boot', () => ({ SNAPSHOT_FILE: 'snapshot.bin.gz' })); // the build's plugin provides it
import { handOverBootFiles, type BootFileHandOver, type BootResponses } from './boot-files.ts';

const bytes = (n: number, fill = 1) => new Uint8Array(new ArrayBuffer(n)).fill(fill);
const response = (body: Uint8Array<ArrayBuffer>) => new Response(body, { headers: { 'Content-Length': String(body.byteLength) } });
/** A response whose body fails after its headers. */
const broken = () =>
  new Response(
    new ReadableStream({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    }),
    { headers: { 'Content-Length': '10' } },
  );

function handOver(boot: BootResponses) {
  const taken: BootFileHandOver[] = [];
  const progress: [number, number][] = [];
  handOverBootFiles(boot, (f) => taken.push(f), (loaded, total) => progress.push([loaded, total]));
  const count = Object.keys(boot.files).length + (boot.snapshot ? 1 : 0);
  const all = () => vi.waitFor(() => expect(taken).toHaveLength(count));
  return { taken, progress, all };
}

describe('handOverBootFiles', () => {
  it('hands over every file once it is read, saying which is the wasm and which the snapshot, and how many come', async () => {
    const boot: BootResponses = { files: { 'pyodide.asm.wasm': response(bytes(300, 7)), 'python_stdlib.zip': response(bytes(200, 8)) }, snapshot: response(bytes(100, 9)), total: 600 };
    const { taken, progress, all } = handOver(boot);
    await all();
    const byName = Object.fromEntries(taken.map((f) => [f.name, f]));
    expect(byName['pyodide.asm.wasm']).toMatchObject({ as: 'wasm', of: 3 });
    expect(byName['python_stdlib.zip']).toMatchObject({ as: 'file', of: 3 });
    expect(Object.values(byName).find((f) => f.as === 'snapshot')?.of).toBe(3);
    expect(new Uint8Array(byName['pyodide.asm.wasm']!.body!)).toEqual(bytes(300, 7));
    expect(taken.find((f) => f.as === 'snapshot')!.body!.byteLength).toBe(100);
    // The loading bar ends full.
    expect(progress.at(-1)).toEqual([600, 600]);
  });

  it('hands over a file that could not be read as null, so the worker asks for it itself', async () => {
    const boot: BootResponses = { files: { 'pyodide.asm.wasm': response(bytes(10)), 'python_stdlib.zip': broken() }, total: 20 };
    const { taken, all } = handOver(boot);
    await all();
    expect(taken.find((f) => f.name === 'python_stdlib.zip')).toMatchObject({ body: null, of: 2 });
    expect(taken.find((f) => f.name === 'pyodide.asm.wasm')!.body!.byteLength).toBe(10);
  });
});
