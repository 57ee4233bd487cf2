import { deflateSync, type FlateStreamHandler } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { inflateRawBounded } from './bounded-inflate.ts';
import { Rng } from './test-support.ts';

/** Bytes fflate's streaming inflater has produced: the work done, counted rather than timed. */
const inflated = vi.hoisted(() => ({ bytes: 0 }));
vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  class CountingInflate extends real.Inflate {
    constructor(ondata: FlateStreamHandler) {
      super((chunk, final) => {
        inflated.bytes += chunk.length;
        ondata(chunk, final);
      });
    }
  }
  return { ...real, Inflate: CountingInflate };
});

describe('inflateRawBounded', () => {
  it('inflates what deflateSync made, small or large, compressible or not', () => {
    const rng = new Rng(3);
    for (const data of [new Uint8Array([1]), new TextEncoder().encode('async '.repeat(50_000)), rng.bytes(300_000)]) {
      const result = inflateRawBounded(deflateSync(data, { level: 9 }), 10_000_000);
      expect(result.ok && Buffer.from(result.bytes).equals(data)).toBe(true);
    }
  });

  it('allows exactly the ceiling and refuses one byte more', () => {
    const data = new Uint8Array(5000).fill(7);
    const packed = deflateSync(data);
    expect(inflateRawBounded(packed, 5000).ok).toBe(true);
    expect(inflateRawBounded(packed, 4999)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('stops a decompression bomb early: 16 MB of zeros in a 16 KB stream, refused at 2.5 MB', () => {
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    inflated.bytes = 0;
    expect(inflateRawBounded(bomb, 2_500_000)).toEqual({ ok: false, problem: 'too-large' });
    // It stops within one step past the ceiling (1 KB of input expands to at most ~1 MB).
    expect(inflated.bytes).toBeGreaterThan(2_500_000);
    expect(inflated.bytes).toBeLessThan(2_500_000 + 1024 * 1032);
  });

  it('tells a cut-off stream from a corrupt one', () => {
    const packed = deflateSync(new TextEncoder().encode('print("hello")\n'.repeat(40)));
    expect(inflateRawBounded(packed.subarray(0, packed.length - 2), 1e6)).toEqual({ ok: false, problem: 'truncated' });
    expect(inflateRawBounded(new Uint8Array(0), 1e6)).toEqual({ ok: false, problem: 'truncated' });
    expect(inflateRawBounded(Uint8Array.from([0xff, 0xff, 0xff]), 1e6)).toEqual({ ok: false, problem: 'corrupt' });
  });
});
