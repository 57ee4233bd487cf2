import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { Rng } from './test-support.ts';

describe('base64url', () => {
  it('matches Node’s encoder, without padding, for every length class', () => {
    const rng = new Rng(1);
    for (let n = 0; n < 300; n++) {
      const bytes = rng.bytes(n);
      const text = encodeBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(decodeBase64url(text)).toEqual(bytes);
    }
  });

  it('encodes megabytes (flushing as it goes)', () => {
    const bytes = new Rng(2).bytes(1_000_000);
    const text = encodeBase64url(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64url'));
    expect(Buffer.from(decodeBase64url(text) as Uint8Array).equals(bytes)).toBe(true);
  });

  it('accepts the standard alphabet and padding, for hand-made links', () => {
    const bytes = Uint8Array.from([0xfb, 0xff, 0xbf, 0x10]);
    expect(Buffer.from(bytes).toString('base64')).toBe('+/+/EA==');
    expect(decodeBase64url('+/+/EA==')).toEqual(bytes);
    expect(decodeBase64url('-_-_EA')).toEqual(bytes);
  });

  it('names what is wrong: a stray character, or a length no encoder makes (cut off)', () => {
    expect(decodeBase64url('abc!')).toBe('bad-character');
    expect(decodeBase64url('ab cd')).toBe('bad-character');
    expect(decodeBase64url('abcé')).toBe('bad-character');
    expect(decodeBase64url('ab=c')).toBe('bad-character');
    expect(decodeBase64url('abcd)')).toBe('bad-character');
    expect(decodeBase64url('abcde')).toBe('bad-length');
    expect(decodeBase64url('')).toEqual(new Uint8Array(0));
  });
});
