/**
 * The boot files as the page hands them over: bytes, or response bodies still arriving (see
 * src/runner/boot-files.ts, openBootFiles). Reads the bodies here, on the worker's thread,
 * counting bytes for the loading bar. A body that fails mid-way is left out: Pyodide then asks
 * for that file itself (or boots cold without the snapshot).
 */
export type Handed = ArrayBuffer | ReadableStream<Uint8Array>;

/** Reads a stream into one buffer, sized up front when the length is known. */
async function readAll(stream: ReadableStream<Uint8Array>, onBytes: (n: number) => void): Promise<ArrayBuffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onBytes(value.byteLength);
  }
  if (chunks.length === 1 && chunks[0]!.byteOffset === 0 && chunks[0]!.byteLength === chunks[0]!.buffer.byteLength) return chunks[0]!.buffer as ArrayBuffer;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out.buffer;
}

export async function receiveFiles(
  files: Record<string, Handed>,
  snapshot: Handed | undefined,
  onBytes: (bytes: number) => void,
): Promise<{ files: Record<string, ArrayBuffer>; snapshot?: ArrayBuffer }> {
  const one = async (item: Handed | undefined): Promise<ArrayBuffer | undefined> => {
    if (!item || item instanceof ArrayBuffer) return item;
    try {
      return await readAll(item, onBytes);
    } catch {
      return undefined;
    }
  };
  const names = Object.keys(files);
  const [snap, ...bytes] = await Promise.all([one(snapshot), ...names.map((name) => one(files[name]))]);
  const out: Record<string, ArrayBuffer> = {};
  names.forEach((name, i) => {
    if (bytes[i]) out[name] = bytes[i];
  });
  return { files: out, snapshot: snap };
}
