import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from './share-link.ts';
import { MAX_CODE_CHARS, singleState, type ShareState } from './share-state.ts';
import { randomState, Rng, wellFormed } from './test-support.ts';

const roundTrip = (state: ShareState) => expect(decodeShareFragment(encodeShareFragment(state))).toStrictEqual({ ok: true, state });

describe('encode then decode gives back the same state', () => {
  it('for 500 random states (seed 7): astral characters, CRLF, NUL, lone surrogates, long names', () => {
    const rng = new Rng(7);
    for (let i = 0; i < 500; i++) roundTrip(randomState(rng));
  });

  it('for 100 KB of random Unicode code, and for the longest code allowed', () => {
    const rng = new Rng(8);
    const code = rng.text(60_000).slice(0, 100_000);
    expect(new TextEncoder().encode(code).length).toBeGreaterThan(100_000);
    roundTrip(singleState(code));
    roundTrip({ mode: 'compare', variants: [{ name: 'a', code: rng.text(MAX_CODE_CHARS).slice(0, MAX_CODE_CHARS) }, { name: 'b', code: 'x'.repeat(MAX_CODE_CHARS) }], view: {} });
  });

  it('for the characters JSON and UTF-8 treat specially', () => {
    for (const code of ['\r\n\r\n', '\0\0\0', '"\\\'\u2028\u2029', '\uFEFFbom first', '\uD83D', '\uDC0D\uD83D', '🐍'.repeat(1000), '\u{10FFFF}']) roundTrip(singleState(code));
  });

  it('for the #code= form, when the code is well-formed Unicode', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 200; i++) {
      const code = wellFormed(rng.text(rng.int(500))); // lone surrogates cannot be UTF-8
      expect(decodeShareFragment(`#code=${Buffer.from(code).toString('base64url')}`)).toStrictEqual({ ok: true, state: singleState(code) });
    }
  });
});
