/**
 * Base64url (RFC 4648 §5) without padding: the URL-safe text form of a link's bytes.
 * Written here because Node 20 and older browsers lack `Uint8Array.fromBase64`, and `btoa`
 * works on Latin-1 strings, not bytes. Decoding is lenient where it costs nothing: the
 * standard alphabet (`+` `/`) and trailing `=` padding are accepted too, for hand-made links.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Char code → 6-bit value, or -1. Both alphabets map to the same values. */
const VALUES = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  table['+'.charCodeAt(0)] = 62;
  table['/'.charCodeAt(0)] = 63;
  return table;
})();

export function encodeBase64url(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    chunk += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (left > 1) chunk += ALPHABET[(n >> 6) & 63];
    if (left > 2) chunk += ALPHABET[n & 63];
    // Flush now and then: one ever-growing string is slow for megabyte links.
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

/**
 * Why text is not base64url: a character outside both alphabets, or a length no encoder
 * produces (4k + 1 characters, the mark of a link cut off mid-way).
 */
export type Base64Problem = 'bad-character' | 'bad-length';

export function decodeBase64url(text: string): Uint8Array | Base64Problem {
  let end = text.length;
  while (end > 0 && end > text.length - 2 && text[end - 1] === '=') end--;
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUES[code] : -1;
    if (value < 0) return 'bad-character';
    bits = (bits << 6) | value;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes[at++] = (bits >> count) & 0xff;
    }
    bits &= 0xff; // keeps only the bits not yet written (at most 6 pending)
  }
  // Checked after the characters: a link with a stray ")" is damaged, not cut off.
  return end % 4 === 1 ? 'bad-length' : bytes;
}
