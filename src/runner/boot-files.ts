/**
 * Pyodide's big files, fetched by the page rather than by the sandboxed worker. The sandbox is
 * an opaque origin: its requests get a throwaway cache partition and no service worker, so it
 * would download 18 MB again on every visit and every respawn, and never offline. Fetched
 * same-origin, they come from the HTTP cache and the service worker, and a respawn after Stop
 * reads them from there again. The Python worker answers Pyodide's own fetches of these names
 * from the bytes it is given (src/runtime/worker-fetch.ts).
 */
import { SNAPSHOT_FILE } from 'virtual:loopscope-boot';
import { BOOT_FILES } from './boot-files-list.ts';


export interface BootFiles {
  /** File name (as Pyodide asks for it under indexURL) → bytes. Missing names are fetched by the worker. */
  files: Record<string, ArrayBuffer>;
  /** A memory snapshot of Python with the runtime imported, as served (gzipped: the worker inflates it, off the page's thread). */
  snapshot?: ArrayBuffer;
}

export type ByteProgress = (loaded: number, total: number) => void;

/** How often, at most, progress is reported: each report re-renders the loading bar. */
const PROGRESS_EVERY_MS = 100;

/**
 * Reads a response to the end, counting bytes. A BYOB reader fills one buffer sized from
 * Content-Length as fast as data arrives: a few reads per file instead of one per 64 kB chunk
 * (reading 18 MB chunk by chunk cost the page's thread most of a second here), and no copies.
 */
async function readCounting(response: Response, onBytes: (bytes: number) => void): Promise<ArrayBuffer> {
  const length = Number(response.headers.get('Content-Length') ?? 0);
  let reader: ReadableStreamBYOBReader | undefined;
  try {
    reader = length > 0 ? response.body?.getReader({ mode: 'byob' }) : undefined;
  } catch {
    reader = undefined; // not a byte stream here
  }
  if (!reader) {
    const bytes = await response.arrayBuffer();
    onBytes(bytes.byteLength);
    return bytes;
  }
  let buffer = new ArrayBuffer(length);
  let size = 0;
  while (size < length) {
    const { done, value } = await reader.read(new Uint8Array(buffer, size, length - size));
    if (done || !value) break;
    buffer = value.buffer as ArrayBuffer; // the view comes back over the same memory, which BYOB moved
    size += value.byteLength;
    onBytes(value.byteLength);
  }
  return size === length ? buffer : buffer.slice(0, size);
}

/**
 * Fetches every boot file at once, reporting bytes across all of them. Never fails: a file
 * that does not arrive is left out (the Python worker then fetches it itself, or boots cold
 * without the snapshot). index.html preloads the same URLs, so these fetches pick up downloads
 * that started before any script ran.
 */
export async function fetchBootFiles(indexURL: string, onProgress: ByteProgress, fetchFn: typeof fetch = fetch): Promise<BootFiles> {
  let loaded = 0;
  let total = 0;
  let reported = 0;
  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - reported < PROGRESS_EVERY_MS) return;
    reported = now;
    onProgress(loaded, Math.max(total, loaded));
  };
  const one = async (name: string): Promise<ArrayBuffer | undefined> => {
    try {
      const response = await fetchFn(new URL(name, indexURL).href);
      if (!response.ok) return undefined;
      total += Number(response.headers.get('Content-Length') ?? 0);
      report(true);
      return await readCounting(response, (n) => ((loaded += n), report()));
    } catch {
      return undefined;
    }
  };
  const [snapshot, ...bytes] = await Promise.all([SNAPSHOT_FILE ? one(SNAPSHOT_FILE) : undefined, ...BOOT_FILES.map(one)]);
  report(true);
  const files: Record<string, ArrayBuffer> = {};
  BOOT_FILES.forEach((name, i) => {
    if (bytes[i]) files[name] = bytes[i];
  });
  return { files, snapshot };
}

/** What init transfers: every buffer or stream (they are the worker's from then on). */
export function transferList(boot: BootFiles | BootStreams): Transferable[] {
  return [...Object.values(boot.files), ...(boot.snapshot ? [boot.snapshot] : [])];
}

/** The same files as response bodies, not yet read: the worker reads them on its own thread. */
export interface BootStreams {
  files: Record<string, ReadableStream<Uint8Array>>;
  snapshot?: ReadableStream<Uint8Array>;
  /** Bytes to come in all (Content-Length), for the loading bar; 0 when unknown. */
  total: number;
}

/**
 * Starts every boot file's request and resolves once their headers are in, with the bodies
 * unread. Reading 18 MB on the page's thread cost it ~1.5 s of a cold start here (stream reads,
 * copies, progress), all while Monaco and the app were trying to start: transferred to the
 * worker (streams are transferable), the page does none of it. Never fails: a file that does
 * not answer is left out, as in fetchBootFiles.
 */
export async function openBootFiles(indexURL: string, fetchFn: typeof fetch = fetch): Promise<BootStreams> {
  let total = 0;
  const one = async (name: string): Promise<ReadableStream<Uint8Array> | undefined> => {
    try {
      const response = await fetchFn(new URL(name, indexURL).href);
      if (!response.ok || !response.body) return undefined;
      total += Number(response.headers.get('Content-Length') ?? 0);
      return response.body;
    } catch {
      return undefined;
    }
  };
  const [snapshot, ...bodies] = await Promise.all([SNAPSHOT_FILE ? one(SNAPSHOT_FILE) : undefined, ...BOOT_FILES.map(one)]);
  const files: Record<string, ReadableStream<Uint8Array>> = {};
  BOOT_FILES.forEach((name, i) => {
    if (bodies[i]) files[name] = bodies[i];
  });
  return { files, snapshot, total };
}

/** Gives up on streams that were not handed over (their requests end). */
export function cancelStreams(boot: BootStreams): void {
  for (const stream of [...Object.values(boot.files), ...(boot.snapshot ? [boot.snapshot] : [])]) void stream.cancel().catch(() => {});
}
