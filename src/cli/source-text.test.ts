import { describe, expect, it } from 'vitest';
import { decodeSource } from './source-text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeSource', () => {
  it('accepts UTF-8 and drops a byte-order mark', () => {
    expect(decodeSource(new TextEncoder().encode('print("é")\n'), 'a.py')).toEqual({ ok: true, text: 'print("é")\n' });
    expect(decodeSource(bytes(0xef, 0xbb, 0xbf, 0x78), 'a.py')).toEqual({ ok: true, text: 'x' });
  });

  it('refuses binary and non-UTF-8 files with a message naming the file', () => {
    expect(decodeSource(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01), 'img.png')).toMatchObject({ ok: false, message: expect.stringContaining('img.png looks like a binary file') });
    expect(decodeSource(bytes(0x70, 0xe9, 0x0a), 'latin1.py')).toMatchObject({ ok: false, message: expect.stringContaining('latin1.py is not UTF-8 text') });
  });
});
