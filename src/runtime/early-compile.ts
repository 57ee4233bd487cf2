/**
 * Pyodide compiles its 9.6 MB of WebAssembly only when it boots, and it boots once every file
 * it needs has arrived: the compile (a second or more on a slow machine) then sits on the
 * critical path. Here the compile starts on the page's stream as the bytes arrive, alongside
 * the download, and Pyodide's instantiateStreaming is handed the compiled module.
 */

const WASM = { 'Content-Type': 'application/wasm' };

/**
 * Starts compiling `stream` now. Returns the stream's bytes for everything else (a tee) and the
 * module, or null when this browser cannot compile a stream or the bytes do not compile (then
 * Pyodide compiles them itself, as before).
 */
export function compileWhileArriving(stream: ReadableStream<Uint8Array>): { rest: ReadableStream<Uint8Array>; module: Promise<WebAssembly.Module | null> } {
  if (typeof WebAssembly.compileStreaming !== 'function') return { rest: stream, module: Promise.resolve(null) };
  const [forCompile, rest] = stream.tee();
  const module = WebAssembly.compileStreaming(new Response(forCompile, { headers: WASM })).catch(() => null);
  return { rest, module };
}

/**
 * Runs `body` (Pyodide's boot) with WebAssembly.instantiateStreaming instantiating `module`
 * instead of compiling its response again. Pyodide boots one module that way (a cold boot after
 * a snapshot that does not fit boots it again: the same module serves both).
 */
export async function withPrecompiled<T>(module: Promise<WebAssembly.Module | null>, body: () => Promise<T>): Promise<T> {
  const original = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    const compiled = await module;
    if (!compiled) return original.call(WebAssembly, source, imports);
    void Promise.resolve(source).then((response) => response.body?.cancel(), () => {});
    return { module: compiled, instance: await WebAssembly.instantiate(compiled, imports) };
  };
  try {
    return await body();
  } finally {
    WebAssembly.instantiateStreaming = original;
  }
}
