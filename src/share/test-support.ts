/**
 * Seeded randomness for the fuzz and property tests: the same seed gives the same inputs on
 * every machine, so a failure can be replayed from its seed and index.
 */
import { MAX_NAME_CHARS, SHARE_PANELS, type ShareState, type ShareVariant } from './share-state.ts';

/** mulberry32: a tiny 32-bit PRNG, good enough to spread test inputs. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }
  /** Text from `alphabet`, or any code point (BMP, astral, controls, lone surrogates) when omitted. */
  text(n: number, alphabet?: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet ? alphabet[this.int(alphabet.length)] : this.codePoint();
    return out;
  }
  /** Biased toward what code contains: ASCII, newlines (LF and CRLF), NUL, emoji, CJK, lone surrogates. */
  codePoint(): string {
    const kind = this.int(10);
    if (kind < 4) return String.fromCharCode(32 + this.int(95));
    if (kind === 4) return this.pick(['\n', '\r\n', '\t', '\0', '\r', '\u2028', '\uFEFF']);
    if (kind === 5) return String.fromCodePoint(0x1f300 + this.int(0x300)); // emoji (astral)
    if (kind === 6) return String.fromCodePoint(0x10000 + this.int(0x10ffff - 0x10000)); // any astral
    if (kind === 7) return String.fromCharCode(0x4e00 + this.int(0x5000)); // CJK
    if (kind === 8) return String.fromCharCode(0xd800 + this.int(0x800)); // lone surrogate
    return String.fromCharCode(this.int(0xd800));
  }
}

const PYTHON = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print("done")\n\nasyncio.run(main())\n';

/** A valid state: random mode, names, code (sometimes Python, sometimes anything), view and playback. */
export function randomState(rng: Rng, maxCode = 2000): ShareState {
  const variant = (): ShareVariant => ({
    name: rng.text(rng.int(61)).slice(0, MAX_NAME_CHARS), // astral characters count 2
    code: rng.chance(0.3) ? PYTHON.repeat(1 + rng.int(5)) : rng.text(rng.int(maxCode)),
  });
  const view = {
    ...(rng.chance(0.5) ? { panel: rng.pick(SHARE_PANELS) } : {}),
    ...(rng.chance(0.5) ? { presenter: rng.chance(0.5) } : {}),
  };
  const playback = rng.chance(0.5) ? { playback: { event: rng.chance(0.1) ? Number.MAX_SAFE_INTEGER : rng.int(100_000) } } : {};
  return rng.chance(0.5)
    ? { mode: 'single', variants: [variant()], view, ...playback }
    : { mode: 'compare', variants: [variant(), variant()], view, ...playback };
}

/** Lone surrogates replaced by U+FFFD, as UTF-8 encoders do (and as encodeURIComponent needs). */
export function wellFormed(text: string): string {
  return Array.from(text, (ch) => (/^[\uD800-\uDFFF]$/.test(ch) ? '\uFFFD' : ch)).join('');
}
