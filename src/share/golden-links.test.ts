/**
 * Links people have shared must open forever. fixtures/golden-links.json holds v1 links made by
 * the encoder when v1 shipped, each with the state it must decode to.
 *
 * NEVER EDIT OR REMOVE A FIXTURE. If this test fails, the decoder broke old links: fix the
 * decoder, not the fixture. Only ADD entries (new link formats, new optional fields), generated
 * by the encoder of the version that introduces them.
 * The encoder may well produce different text for the same state one day (a new fflate): that
 * is fine, so nothing here compares encoder output with the fixtures.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from './share-link.ts';
import { shareStateSchema } from './share-state.ts';

// Read with JSON.parse, not imported: Vite's JSON plugin rejects the lone-surrogate escape
// (\ud800) that one fixture needs, though it is valid JSON.
const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/golden-links.json'), 'utf8')) as {
  links: { name: string; fragment: string; state: unknown }[];
};

/** SHA-256 of the first six entries as shipped with v1: editing them is caught, appending is not. */
const V1_LINKS = { count: 6, sha256: '2ca8c8ed0b0fee0a6782e75c9c22c5fac159626df23e1a9475faa975c170628c' };

describe('golden share links', () => {
  it('were not edited: the v1 entries are exactly as frozen', () => {
    const frozen = JSON.stringify(golden.links.slice(0, V1_LINKS.count));
    expect(createHash('sha256').update(frozen).digest('hex')).toBe(V1_LINKS.sha256);
  });

  it('cover every shape a v1 link can take', () => {
    const states = golden.links.map((link) => shareStateSchema().parse(link.state));
    expect(states.some((s) => s.mode === 'single') && states.some((s) => s.mode === 'compare')).toBe(true);
    expect(states.some((s) => s.view.presenter) && states.some((s) => s.playback)).toBe(true);
    expect(states.some((s) => s.variants.some((v) => v.code === ''))).toBe(true);
    expect(states.some((s) => s.variants.some((v) => /\p{Extended_Pictographic}/u.test(v.code)))).toBe(true);
  });

  for (const link of golden.links) {
    it(`still opens: ${link.name}`, () => {
      expect(decodeShareFragment(link.fragment)).toStrictEqual({ ok: true, state: link.state });
    });
  }
});
