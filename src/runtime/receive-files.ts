/**
 * The boot files as the page hands them over: bytes, or response bodies still arriving (see
 * src/runner/boot-files.ts). Reads the bodies here, on the worker's thread,
 * counting bytes for the loading bar. A body that fails mid-way is left out: Pyodide then asks
 * for that file itself (or boots cold without the snapshot).
 */
export type Handed = ArrayBuffer | ReadableStream<Uint8Array>;

/** Reads the rest of a stream into one buffer, after the chunks already read (`head`), counting what it reads. */
async function collect(reader: ReadableStreamDefaultReader<Uint8Array>, onBytes: (n: number) => void, head: Uint8Array[] = []): Promise<ArrayBuffer> {
  const chunks = [...head];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    onBytes(value.byteLength);
  }
  if (chunks.length === 1 && chunks[0]!.byteOffset === 0 && chunks[0]!.byteLength === chunks[0]!.buffer.byteLength) return chunks[0]!.buffer as ArrayBuffer;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out.buffer;
}

const readAll = (stream: ReadableStream<Uint8Array>, onBytes: (n: number) => void) => collect(stream.getReader(), onBytes);

const isGzip = (bytes: Uint8Array) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** Unzips gzipped bytes; other bytes pass through (a server may already have undone the gzip). Undefined if damaged. */
async function gunzip(bytes: ArrayBuffer): Promise<Uint8Array | undefined> {
  if (!isGzip(new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength)))) return new Uint8Array(bytes);
  try {
    return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  } catch {
    return undefined;
  }
}

/**
 * Reads the snapshot, unzipping it as it arrives (the snapshot is served gzipped: 6 MB for
 * 20 MB, and unzipping it after the download took 0.6 s of the boot's critical path).
 * Counts the bytes as they came (compressed). Undefined if damaged or cut short.
 */
async function readSnapshot(stream: ReadableStream<Uint8Array>, onBytes: (n: number) => void): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  try {
    const first = await reader.read();
    if (first.done) return new Uint8Array(0);
    onBytes(first.value.byteLength);
    if (!isGzip(first.value)) return new Uint8Array(await collect(reader, onBytes, [first.value]));
    const gunzip = new DecompressionStream('gzip');
    // (Chunks from a stream are never views of a SharedArrayBuffer, which is all BufferSource rules out.)
    const writer = gunzip.writable.getWriter() as WritableStreamDefaultWriter<Uint8Array>;
    const feeding = (async () => {
      await writer.write(first.value);
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        onBytes(value.byteLength);
        await writer.write(value);
      }
      await writer.close();
    })();
    const [inflated] = await Promise.all([readAll(gunzip.readable, () => {}), feeding]);
    return new Uint8Array(inflated);
  } catch {
    return undefined; // damaged or cut short: boot cold
  }
}

/**
 * Reads what the page handed over: each file's bytes, and the snapshot unzipped. A file whose
 * body fails is left out (Pyodide then asks for it itself); a snapshot that fails is undefined.
 */
export async function receiveFiles(
  files: Record<string, Handed>,
  snapshot: Handed | undefined,
  onBytes: (bytes: number) => void,
): Promise<{ files: Record<string, ArrayBuffer>; snapshot?: Uint8Array }> {
  const one = async (item: Handed | undefined): Promise<ArrayBuffer | undefined> => {
    if (!item || item instanceof ArrayBuffer) return item;
    try {
      return await readAll(item, onBytes);
    } catch {
      return undefined;
    }
  };
  const snap = async () => (!snapshot ? undefined : snapshot instanceof ArrayBuffer ? gunzip(snapshot) : readSnapshot(snapshot, onBytes));
  const names = Object.keys(files);
  const [snapBytes, ...bytes] = await Promise.all([snap(), ...names.map((name) => one(files[name]))]);
  const out: Record<string, ArrayBuffer> = {};
  names.forEach((name, i) => {
    if (bytes[i]) out[name] = bytes[i];
  });
  return { files: out, snapshot: snapBytes };
}
