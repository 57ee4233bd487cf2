/**
 * Pyodide's big files, fetched by the page rather than by the sandboxed worker. The sandbox is
 * an opaque origin: its requests get a throwaway cache partition and no service worker, so it
 * would download 18 MB again on every visit and every respawn, and never offline. Fetched
 * same-origin, they come from the HTTP cache and the service worker, and a respawn after Stop
 * reads them from there again. The Python worker answers Pyodide's own fetches of these names
 * from the bytes it is given (src/runtime/worker-fetch.ts).
 */
import { SNAPSHOT_FILE } from 'virtual:loopscope-boot';
import { BOOT_PROGRESS_EVERY_MS } from '../protocol/messages.ts';
import { BOOT_FILES, WASM_FILE } from './boot-files-list.ts';

export interface BootFiles {
  /** File name (as Pyodide asks for it under indexURL) → bytes. Missing names are fetched by the worker. */
  files: Record<string, ArrayBuffer>;
  /** A memory snapshot of Python with the runtime imported, as served (gzipped: the worker inflates it, off the page's thread). */
  snapshot?: ArrayBuffer;
}

export type ByteProgress = (loaded: number, total: number) => void;

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

/** Every boot file's response, headers in, bodies unread. */
export interface BootResponses {
  files: Record<string, Response>;
  snapshot?: Response;
  /** Bytes to come in all (Content-Length), for the loading bar; 0 when unknown. */
  total: number;
}

/**
 * Starts every boot file's request at once (the runner does, as the app starts) and resolves
 * once their headers are in. Never
 * fails: a file that does not answer is left out (the Python worker then asks for it itself, or
 * boots cold without the snapshot).
 */
export async function requestBootFiles(indexURL: string, fetchFn: typeof fetch = fetch): Promise<BootResponses> {
  let total = 0;
  const one = async (name: string): Promise<Response | undefined> => {
    try {
      const response = await fetchFn(new URL(name, indexURL).href);
      if (!response.ok || !response.body) return undefined;
      total += Number(response.headers.get('Content-Length') ?? 0);
      return response;
    } catch {
      return undefined;
    }
  };
  const [snapshot, ...responses] = await Promise.all([SNAPSHOT_FILE ? one(SNAPSHOT_FILE) : undefined, ...BOOT_FILES.map(one)]);
  const files: Record<string, Response> = {};
  BOOT_FILES.forEach((name, i) => {
    if (responses[i]) files[name] = responses[i];
  });
  return { files, snapshot, total };
}

/**
 * The bodies, unread, for the worker to read on its own thread (streams are transferable).
 * Reading 18 MB on the page's thread cost it ~265 ms of JavaScript during a cold start here, all
 * while Monaco and the app were trying to start.
 */
export function bodiesOf(boot: BootResponses): BootStreams {
  const files: Record<string, ReadableStream<Uint8Array>> = {};
  for (const [name, response] of Object.entries(boot.files)) files[name] = response.body!;
  return { files, snapshot: boot.snapshot?.body ?? undefined };
}

/**
 * Bytes read across all the boot files, for the loading bar: `count` reports at most every
 * BOOT_PROGRESS_EVERY_MS (and once all are in), `report` at once.
 */
function byteCounter(total: number, onProgress: ByteProgress) {
  let loaded = 0;
  let reported = 0;
  const report = () => {
    reported = performance.now();
    onProgress(loaded, Math.max(total, loaded));
  };
  const count = (n: number) => {
    loaded += n;
    const full = loaded >= total && loaded - n < total; // the chunk that fills the bar
    if (full || performance.now() - reported >= BOOT_PROGRESS_EVERY_MS) report();
  };
  return { count, report };
}

/**
 * Reads every body here, on the page, reporting bytes across all of them: for a browser that
 * cannot transfer streams. A body that fails mid-way is left out, as above.
 */
export async function readBootFiles(boot: BootResponses, onProgress: ByteProgress): Promise<BootFiles> {
  const { count, report } = byteCounter(boot.total, onProgress);
  report();
  const one = (response: Response | undefined) => (response ? readCounting(response, count).catch(() => undefined) : undefined);
  const names = Object.keys(boot.files);
  const [snapshot, ...bytes] = await Promise.all([one(boot.snapshot), ...names.map((name) => one(boot.files[name]))]);
  report();
  const files: Record<string, ArrayBuffer> = {};
  names.forEach((name, i) => {
    if (bytes[i]) files[name] = bytes[i];
  });
  return { files, snapshot };
}

/** A boot file handed to whoever reads it (the sandbox's relay). */
export interface BootFileHandOver {
  name: string;
  /** Null when it could not be read: then it is left out, and the worker's Pyodide asks for it (and says why it failed). */
  body: ArrayBuffer | null;
  as: 'wasm' | 'snapshot' | 'file';
  /** How many files are handed over in all. */
  of: number;
}

/** The snapshot's name among the files handed over. */
const SNAPSHOT = '(snapshot)';

/**
 * Reads every boot file here, a few reads per file (readCounting), and hands each to `take` as
 * it completes, for the sandbox's relay to compile and unzip while the worker is still starting.
 * Handed over as bodies instead, they crossed the page's thread chunk by chunk, and the worker
 * could read them only once its own script had been evaluated.
 */
export function handOverBootFiles(boot: BootResponses, take: (file: BootFileHandOver) => void, onProgress: ByteProgress): void {
  const { count } = byteCounter(boot.total, onProgress);
  const items: [string, Response][] = [...Object.entries(boot.files), ...(boot.snapshot ? [[SNAPSHOT, boot.snapshot] as [string, Response]] : [])];
  for (const [name, response] of items) {
    const as = name === WASM_FILE ? 'wasm' : name === SNAPSHOT ? 'snapshot' : 'file';
    const hand = (body: ArrayBuffer | null) => take({ name, body, as, of: items.length });
    readCounting(response, count).then(hand, () => hand(null));
  }
}

/** The bodies that are being handed over. */
export interface BootStreams {
  files: Record<string, ReadableStream<Uint8Array>>;
  snapshot?: ReadableStream<Uint8Array>;
}

/** What init transfers: every buffer or stream (they are the worker's from then on). */
export function transferList(boot: BootFiles | BootStreams): Transferable[] {
  return [...Object.values(boot.files), ...(boot.snapshot ? [boot.snapshot] : [])];
}

/** Gives up on responses that will not be read (their requests end). */
export function cancelBootFiles(boot: BootResponses): void {
  for (const response of [...Object.values(boot.files), ...(boot.snapshot ? [boot.snapshot] : [])]) void response.body?.cancel().catch(() => {});
}
