/**
 * Raw DEFLATE decompression with a ceiling on the output, for bytes from strangers' links.
 * Deflate expands up to ~1,032× (a 2 MB link could claim 2 GB), so `inflateSync` alone is a
 * decompression bomb waiting to happen. We feed fflate's streaming inflater a little input at
 * a time and stop as soon as the output passes the ceiling: the work done is bounded by
 * the ceiling plus one step's worth (STEP × 1,032 bytes), never by what the stream claims.
 */
import { Inflate } from 'fflate';

/** Input bytes per push: at most ~1 MB of output can appear between two checks. */
const STEP = 1024;

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  /** truncated: the stream ends before its last block; corrupt: it is not valid DEFLATE; too-large: past the ceiling. */
  | { ok: false; problem: 'truncated' | 'corrupt' | 'too-large' };

/** fflate's error code for "unexpected EOF". */
const UNEXPECTED_EOF = 0;

export function inflateRawBounded(data: Uint8Array, maxBytes: number): InflateResult {
  // An empty stream is not valid DEFLATE (fflate would return zero bytes without complaint).
  if (data.length === 0) return { ok: false, problem: 'truncated' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && total <= maxBytes; at += STEP) {
      const end = Math.min(at + STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return { ok: false, problem: code === UNEXPECTED_EOF ? 'truncated' : 'corrupt' };
  }
  if (total > maxBytes) return { ok: false, problem: 'too-large' };
  return { ok: true, bytes: concat(chunks, total) };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
