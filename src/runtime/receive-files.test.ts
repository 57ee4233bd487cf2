import { describe, expect, it } from 'vitest';
import { receiveFiles } from './receive-files.ts';

const streamOf = (...chunks: number[][]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(new Uint8Array(c));
      controller.close();
    },
  });

describe('receiveFiles', () => {
  it('reads streamed bodies into bytes, counting them, and passes buffers through', async () => {
    let counted = 0;
    const given = new Uint8Array([9, 9]).buffer;
    const out = await receiveFiles({ 'a.wasm': streamOf([1, 2], [3]), 'b.zip': given }, streamOf([7]), (n) => (counted += n));
    expect([...new Uint8Array(out.files['a.wasm']!)]).toEqual([1, 2, 3]);
    expect(out.files['b.zip']).toBe(given);
    expect([...new Uint8Array(out.snapshot!)]).toEqual([7]);
    expect(counted).toBe(4);
  });

  it('leaves out a body that fails mid-way (Pyodide then asks for the file itself)', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const out = await receiveFiles({ 'a.wasm': broken }, undefined, () => {});
    expect(out.files).toEqual({});
    expect(out.snapshot).toBeUndefined();
  });
});
