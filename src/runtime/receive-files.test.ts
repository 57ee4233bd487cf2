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

describe('receiveFiles: the snapshot', () => {
  const gzip = async (bytes: number[]) => new Uint8Array(await new Response(new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
  const chunked = (bytes: Uint8Array, size: number) => streamOf(...Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => [...bytes.subarray(i * size, (i + 1) * size)]));
  const raw = Array.from({ length: 5000 }, (_, i) => (i * 7) % 251);

  it('unzips a gzipped stream as it arrives, counting the compressed bytes', async () => {
    const zipped = await gzip(raw);
    let counted = 0;
    const out = await receiveFiles({}, chunked(zipped, 7), (n) => (counted += n));
    expect([...out.snapshot!]).toEqual(raw);
    expect(counted).toBe(zipped.length);
  });

  it('passes through a stream a server already unzipped, and unzips handed bytes', async () => {
    expect([...(await receiveFiles({}, chunked(new Uint8Array(raw), 1000), () => {})).snapshot!]).toEqual(raw);
    const zipped = await gzip(raw);
    expect([...(await receiveFiles({}, zipped.buffer, () => {})).snapshot!]).toEqual(raw);
  });

  it('gives no snapshot for damaged gzip (Python then boots cold)', async () => {
    const zipped = await gzip(raw);
    zipped.fill(0, 20, 60);
    expect((await receiveFiles({}, chunked(zipped, 16), () => {})).snapshot).toBeUndefined();
  });
});
