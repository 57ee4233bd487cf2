/**
 * Counts the bytes of every fetch made while Pyodide boots, so the loading bar shows real
 * progress through the ~12 MB download without fetching anything twice.
 */
export function withFetchProgress<T>(onBytes: (loaded: number, total: number) => void, body: () => Promise<T>): Promise<T> {
  const original = globalThis.fetch;
  let loaded = 0;
  let total = 0;
  globalThis.fetch = async (input, init) => {
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
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return body().finally(() => {
    globalThis.fetch = original;
  });
}
