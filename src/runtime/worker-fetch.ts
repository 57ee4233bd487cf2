/**
 * The worker's fetch while Pyodide boots: files the page already fetched (it has the HTTP
 * cache and the service worker; the sandboxed worker has neither, see src/runner/boot-files.ts)
 * are answered from their bytes, and the bytes of anything still fetched over the network are
 * counted, so the loading bar shows real progress.
 */
const TYPES: Record<string, string> = { wasm: 'application/wasm', zip: 'application/zip', json: 'application/json' };

export function withWorkerFetch<T>(
  indexURL: string,
  local: Record<string, ArrayBuffer>,
  onBytes: (loaded: number, total: number) => void,
  body: () => Promise<T>,
): Promise<T> {
  const original = globalThis.fetch;
  let loaded = 0;
  let total = 0;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = url.startsWith(indexURL) ? url.slice(indexURL.length).split('?')[0]! : '';
    const bytes = local[name];
    if (bytes) {
      // A fresh Response over the same bytes each time: a snapshot that does not fit falls back
      // to a cold boot, which asks again. (The bytes go when the boot is over.)
      return new Response(bytes, { status: 200, headers: { 'Content-Type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream' } });
    }
    const response = await original(input, init);
    const length = Number(response.headers.get('Content-Length') ?? 0);
    if (!response.body || !response.ok) return response;
    total += length;
    onBytes(loaded, total);
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onBytes(loaded, Math.max(total, loaded));
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counter), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return body().finally(() => {
    globalThis.fetch = original;
  });
}
