import { describe, expect, it } from 'vitest';
import { compileWhileArriving, withPrecompiled } from './early-compile.ts';

/** The smallest module: the magic number and version. */
const EMPTY_MODULE = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const streamOf = (bytes: number[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const b of bytes) controller.enqueue(new Uint8Array([b])); // one byte at a time, as a slow network would
      controller.close();
    },
  });

describe('compiling Pyodide’s wasm as it arrives', () => {
  it('compiles the stream and still hands every byte on', async () => {
    const { rest, module } = compileWhileArriving(streamOf(EMPTY_MODULE));
    expect(await module).toBeInstanceOf(WebAssembly.Module);
    expect([...new Uint8Array(await new Response(rest).arrayBuffer())]).toEqual(EMPTY_MODULE);
  });

  it('gives null for bytes that do not compile', async () => {
    const { rest, module } = compileWhileArriving(streamOf([1, 2, 3]));
    await new Response(rest).arrayBuffer();
    expect(await module).toBeNull();
  });

  it('makes instantiateStreaming use the compiled module during the boot, and only then', async () => {
    const { module } = compileWhileArriving(streamOf(EMPTY_MODULE));
    const compiled = await module;
    const unreadable = new Response(new Uint8Array([9, 9, 9]), { headers: { 'Content-Type': 'application/wasm' } });
    const result = await withPrecompiled(module, () => WebAssembly.instantiateStreaming(unreadable, {}));
    expect(result.module).toBe(compiled);
    expect(result.instance).toBeInstanceOf(WebAssembly.Instance);
    await expect(WebAssembly.instantiateStreaming(new Response(new Uint8Array([9]), { headers: { 'Content-Type': 'application/wasm' } }), {})).rejects.toThrow();
  });

  it('leaves the compile to Pyodide when there is no module', async () => {
    const source = new Response(new Uint8Array(EMPTY_MODULE), { headers: { 'Content-Type': 'application/wasm' } });
    const result = await withPrecompiled(Promise.resolve(null), () => WebAssembly.instantiateStreaming(source, {}));
    expect(result.instance).toBeInstanceOf(WebAssembly.Instance);
  });
});
