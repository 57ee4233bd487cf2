import { describe, expect, it } from 'vitest';
import { adler32 } from './adler32.ts';

describe('adler32', () => {
  it('matches the reference values', () => {
    expect(adler32(new Uint8Array())).toBe(1);
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(100_000).fill(255))).toBe(0x149a302c);
  });
});
