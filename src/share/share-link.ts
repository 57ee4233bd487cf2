/**
 * The share link's fragment: `#v1.` + base64url(zlib(UTF-8 JSON of a ShareState)). zlib, not
 * raw deflate, for its Adler-32 checksum: a damaged link says so instead of opening other code.
 * The version marker comes first so a later Loopscope can still read v1 links (frozen in
 * fixtures/golden-links.json) and this one can say "made by a newer version" about v2+.
 * Also read: `#code=` + base64url(UTF-8 code), a simple form for hand-written links.
 *
 * Decoding never throws: links come from strangers, chat tools cut them off, and the app must
 * still open. Every failure is a short sentence for the UI to show.
 */
import { zlibSync } from 'fflate';
import { adler32 } from './adler32.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { inflateRawBounded } from './bounded-inflate.ts';
import { MAX_CODE_CHARS, shareStateProblem, shareStateSchema, singleState, type ShareState } from './share-state.ts';

export const SHARE_VERSION = 1;
const V1_PREFIX = `v${SHARE_VERSION}.`;
const CODE_PREFIX = 'code=';

/**
 * Ceiling on a link's inflated JSON, in bytes (≈2.4 MB). The largest valid state is two
 * 200,000-character snippets whose every character JSON-escapes to 6 bytes (`\u0000`), plus
 * names and keys; anything bigger is not a Loopscope link, so we stop inflating there.
 */
export const MAX_INFLATED_BYTES = 2 * MAX_CODE_CHARS * 6 + 64 * 1024;
/** Longest fragment worth reading: no valid state compresses to more (deflate's worst case adds <1%). */
export const MAX_FRAGMENT_CHARS = Math.ceil((MAX_INFLATED_BYTES * 1.01 * 4) / 3) + 64;

/** Why a fragment did not open. `empty` is the ordinary no-link case: the UI need not show it. */
export type ShareFailure = 'empty' | 'newer-version' | 'unknown-format' | 'truncated' | 'corrupt' | 'too-large' | 'invalid';

export type ShareDecodeResult =
  | { ok: true; state: ShareState }
  | {
      ok: false;
      reason: ShareFailure;
      /** What is wrong, one sentence ("This link is cut off…"). */
      problem: string;
      /** `problem` plus what the app did about it: the sentence to show. */
      message: string;
    };

/** `#v1.…` for a state. Throws a RangeError for a state that could not be decoded (ask shareStateProblem first). */
export function encodeShareFragment(state: ShareState): string {
  const problem = shareStateProblem(state);
  if (problem) throw new RangeError(`Cannot share this state: ${problem}`);
  // Re-parse so key order and dropped extras are the schema's: equal states, equal links.
  const json = JSON.stringify(shareStateSchema().parse(state));
  const packed = zlibSync(new TextEncoder().encode(json), { level: 9 });
  return `#${V1_PREFIX}${encodeBase64url(packed)}`;
}

/** The state in a fragment (with or without its `#`), or why it cannot be opened. Never throws. */
export function decodeShareFragment(fragment: string | null | undefined): ShareDecodeResult {
  try {
    return decode((fragment ?? '').trim().replace(/^#/, ''));
  } catch {
    // Nothing below should throw; this is the promise made to the UI, kept even if a library does.
    return fail('corrupt', 'This link is damaged and could not be read.');
  }
}

function decode(body: string): ShareDecodeResult {
  if (body === '') return fail('empty', 'This link has no code in it.');
  if (body.length > MAX_FRAGMENT_CHARS) {
    return fail('too-large', `This link is ${body.length.toLocaleString('en-US')} characters long, more than any Loopscope link can be.`);
  }
  if (body.startsWith(V1_PREFIX)) return decodeV1(body.slice(V1_PREFIX.length));
  if (body.startsWith(CODE_PREFIX)) return decodeCode(body.slice(CODE_PREFIX.length));
  const version = /^v(\d{1,9})(?:\.|$)/.exec(body);
  if (version && Number(version[1]) > SHARE_VERSION) {
    return fail('newer-version', `This link was made by a newer version of Loopscope (link format v${Number(version[1])}); reload the page to update, then open the link again.`);
  }
  return fail('unknown-format', 'This is not a Loopscope share link (those start with #v1. or #code=).');
}

function decodeV1(payload: string): ShareDecodeResult {
  const packed = decodeBase64url(payload);
  if (packed === 'bad-character') return fail('corrupt', DAMAGED_CHARS);
  if (packed === 'bad-length') return fail('truncated', CUT_OFF);
  // zlib framing: a 2-byte header (deflate, checked by its own mod-31 sum), the deflate
  // stream, then the Adler-32 of the content, big-endian.
  if (packed.length < 6) return fail('truncated', CUT_OFF);
  if ((packed[0]! & 0x0f) !== 8 || ((packed[0]! << 8) | packed[1]!) % 31 !== 0 || packed[1]! & 0x20) {
    return fail('corrupt', 'This link is damaged: its compressed data is not valid.');
  }
  const inflated = inflateRawBounded(packed.subarray(2, packed.length - 4), MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    if (inflated.problem === 'truncated') return fail('truncated', CUT_OFF);
    if (inflated.problem === 'too-large') return fail('too-large', 'This link unpacks to more than any Loopscope snippet can be, so it was not opened.');
    return fail('corrupt', 'This link is damaged: its compressed data is not valid.');
  }
  const tail = packed.subarray(packed.length - 4);
  const expected = ((tail[0]! << 24) | (tail[1]! << 16) | (tail[2]! << 8) | tail[3]!) >>> 0;
  if (adler32(inflated.bytes) !== expected) return fail('corrupt', 'This link is damaged: a character in it was changed or lost.');
  const json = utf8(inflated.bytes);
  if (json === null) return fail('corrupt', 'This link is damaged: its text is not valid UTF-8.');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('corrupt', 'This link is damaged: its contents are not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('invalid', 'This link does not hold a Loopscope snippet.');
  }
  const parsed = shareStateSchema().safeParse(value);
  if (!parsed.success) return fail('invalid', `This link holds something Loopscope cannot open: ${shareStateProblem(value)}.`);
  return { ok: true, state: parsed.data };
}

/** `code=` + base64url (or standard base64) of the UTF-8 code: one snippet, default view. */
function decodeCode(payload: string): ShareDecodeResult {
  const bytes = decodeBase64url(payload);
  if (bytes === 'bad-character') return fail('corrupt', DAMAGED_CHARS);
  if (bytes === 'bad-length') return fail('truncated', CUT_OFF);
  const code = utf8(bytes);
  if (code === null) return fail('corrupt', 'This link is damaged: its code is not valid UTF-8 text.');
  const state = singleState(code);
  const problem = shareStateProblem(state);
  if (problem) return fail('invalid', `This link holds something Loopscope cannot open: ${problem}.`);
  return { ok: true, state };
}

const CUT_OFF = 'This link is incomplete: it was probably cut off when it was pasted (chat tools shorten long links).';
const DAMAGED_CHARS = 'This link is damaged: it contains characters a Loopscope link never has.';

/** Strict UTF-8 (a BOM is kept as code, not stripped), or null. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function fail(reason: ShareFailure, problem: string): ShareDecodeResult {
  return { ok: false, reason, problem, message: `${problem} The default example was opened instead.` };
}
