/**
 * Links and embed URLs come from strangers, chat tools and hand edits. Thousands of random and
 * mutated inputs (seeded: a failure names its seed and index, and replays) must each give
 * either a valid state or a sentence — never an exception.
 */
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { EMBED_PARAMS, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT, parseEmbedParams } from './embed-params.ts';
import { decodeShareFragment, encodeShareFragment, type ShareDecodeResult } from './share-link.ts';
import { SHARE_PANELS, shareStateProblem } from './share-state.ts';
import { randomState, Rng, wellFormed } from './test-support.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const PREFIXES = ['', '#', '#v1.', 'v1.', '#code=', '#v2.', '#v1', '#v01.', '#v99999999999.', ' #v1.', '#v1.#v1.'];

/** Decodes and checks the promise: a state that passes the schema, or a failure with a sentence. */
function check(fragment: string, what: string): ShareDecodeResult {
  let result: ShareDecodeResult;
  try {
    result = decodeShareFragment(fragment);
  } catch (error) {
    throw new Error(`${what} threw: ${String(error)}`);
  }
  if (result.ok) expect(shareStateProblem(result.state), what).toBeNull();
  else expect(result.message.length > result.problem.length && result.problem.length > 0, what).toBe(true);
  return result;
}

const packJson = (json: string) => `#v1.${encodeBase64url(zlibSync(new TextEncoder().encode(json)))}`;

/** Valid links bent the ways links get bent. */
function mutate(rng: Rng, fragment: string): string {
  const payload = fragment.slice('#v1.'.length);
  switch (rng.int(8)) {
    case 0: {
      // Flip bits in the compressed bytes.
      const bytes = decodeBase64url(payload) as Uint8Array;
      for (let n = 1 + rng.int(3); n > 0; n--) bytes[rng.int(bytes.length)] ^= 1 << rng.int(8);
      return `#v1.${encodeBase64url(bytes)}`;
    }
    case 1: // Replace a character of the text.
      return replaceAt(fragment, 4 + rng.int(payload.length), rng.pick([...B64, '%', ' ', '=', '.', '#', 'é', '🐍']));
    case 2: // Cut off: anywhere, or in the last few characters (the hardest to notice).
      return fragment.slice(0, rng.chance(0.5) ? rng.int(fragment.length) : fragment.length - 1 - rng.int(Math.min(8, fragment.length - 1)));
    case 3: // Pasted twice, or with the payload doubled.
      return rng.chance(0.5) ? fragment + fragment : fragment + payload;
    case 4: // Version marker bent.
      return rng.pick(['#v2.', '#v0.', '#V1.', '#v1,', '#v1..', '#v', '#code=', '#v10.']) + payload;
    case 5: // Chat tools adding punctuation or whitespace.
      return fragment + rng.pick([')', '.', ',', '>', '\n', ' ', '%20', '&utm_source=chat']);
    case 6: // Percent-encoded by an over-eager tool.
      return encodeURIComponent(fragment);
    default: // Chunk removed from the middle.
      return fragment.slice(0, 4 + rng.int(payload.length)) + fragment.slice(4 + rng.int(payload.length));
  }
}

const replaceAt = (text: string, at: number, ch: string) => text.slice(0, at) + ch + text.slice(at + 1);

/** JSON that is almost a state, or not one at all. */
function randomJson(rng: Rng): string {
  const state = randomState(rng, 50) as unknown as Record<string, unknown>;
  switch (rng.int(7)) {
    case 0: return JSON.stringify({ ...state, mode: rng.pick(['single', 'compare', 'triple', 1, null]) });
    case 1: return JSON.stringify({ ...state, variants: rng.pick([[], null, 'code', [{}], [{ name: 1, code: 2 }], Array(3).fill({ name: '', code: '' })]) });
    case 2: return JSON.stringify({ ...state, view: rng.pick([null, 1, [], { panel: 'x' }, { presenter: 'yes' }]) });
    case 3: return JSON.stringify({ ...state, playback: rng.pick([{ event: -1 }, { event: 0.5 }, { event: '3' }, { event: 1e300 }, null]) });
    case 4: return '['.repeat(rng.int(20_000)) + ']'.repeat(rng.int(3)); // deep nesting
    case 5: return rng.pick(['null', 'true', '0', '""', '[]', '{}', '{"__proto__":{"mode":"single"}}', '{"constructor":1}']);
    default: return JSON.stringify(state).slice(0, rng.int(200));
  }
}

describe('fuzz: decodeShareFragment never throws', () => {
  it('on random strings and random bytes (3,000 inputs, seed 101)', () => {
    const rng = new Rng(101);
    for (let i = 0; i < 3000; i++) {
      const body = i % 3 === 0 ? encodeBase64url(rng.bytes(rng.int(300))) : rng.text(rng.int(200), i % 3 === 1 ? B64 : undefined);
      check(rng.pick(PREFIXES) + body, `seed 101, input ${i}`);
    }
  });

  it('on valid links bent: flipped, cut, doubled, re-versioned, percent-encoded (3,000 inputs, seed 202)', () => {
    const rng = new Rng(202);
    let stillOpen = 0;
    for (let i = 0; i < 3000; i++) {
      const fragment = encodeShareFragment(randomState(rng, 300));
      if (check(mutate(rng, fragment), `seed 202, input ${i}`).ok) stillOpen++;
    }
    // Some mutations are harmless (a doubled link still starts with a whole one): most are not.
    expect(stillOpen).toBeLessThan(3000 / 2);
  });

  it('on compressed JSON that is almost a state (600 inputs, seed 303)', () => {
    const rng = new Rng(303);
    for (let i = 0; i < 600; i++) check(packJson(randomJson(rng)), `seed 303, input ${i}`);
  });

  it('on percent-encoded junk (500 inputs, seed 404)', () => {
    const rng = new Rng(404);
    for (let i = 0; i < 500; i++) {
      const junk = rng.chance(0.5) ? encodeURIComponent(wellFormed(rng.text(rng.int(100)))) : Array.from({ length: rng.int(50) }, () => `%${rng.text(2, '0123456789ABCDEFGZ%')}`).join('');
      check(rng.pick(PREFIXES) + junk, `seed 404, input ${i}`);
    }
  });

  it('on huge inputs (3.5 MB of text, 600 KB of noise, a bomb, oversized code)', () => {
    const rng = new Rng(505);
    const huge = [
      `#v1.${'A'.repeat(3_500_000)}`,
      `#v1.${encodeBase64url(rng.bytes(600_000))}`,
      `#v1.${encodeBase64url(zlibSync(new Uint8Array(8_000_000).fill(0x20), { level: 9 }))}`,
      `#code=${'QUFB'.repeat(400_000)}`,
      `#${rng.text(300_000)}`,
      packJson(`{"mode":"single","variants":[{"name":"","code":"${'x'.repeat(300_000)}"}],"view":{}}`),
    ];
    for (const [i, fragment] of huge.entries()) expect(check(fragment, `huge input ${i}`).ok).toBe(false);
  });
});

describe('fuzz: parseEmbedParams never throws', () => {
  it('on random query strings and fragments (1,500 inputs, seed 606)', () => {
    const rng = new Rng(606);
    const keys = [...EMBED_PARAMS, 'Theme', 'autoRun', 'h', '', '%00', '__proto__'];
    const values = ['', '0', '1', 'yes', 'no', 'dark', 'light', 'auto', 'system', '480', '480px', '-1', '1e9', 'NaN', 'semaphore', 'Bad_ID', 'timeline', 'tasks', '%zz', '🐍'];
    for (let i = 0; i < 1500; i++) {
      const query = Array.from({ length: rng.int(12) }, () => {
        const key = rng.chance(0.9) ? rng.pick(keys) : rng.text(rng.int(10));
        const value = rng.chance(0.8) ? rng.pick(values) : rng.text(rng.int(80));
        return rng.chance(0.1) ? key : `${key}=${rng.chance(0.5) ? encodeURIComponent(wellFormed(value)) : value}`;
      }).join('&');
      const fragment = rng.chance(0.3) ? encodeShareFragment(randomState(rng, 50)) : rng.pick(PREFIXES) + rng.text(rng.int(40), B64);
      const what = `seed 606, input ${i}: ?${query.slice(0, 80)}`;
      let setup;
      try {
        setup = parseEmbedParams(new URLSearchParams(query), fragment);
      } catch (error) {
        throw new Error(`${what} threw: ${String(error)}`);
      }
      const { config, state, warnings } = setup;
      expect(Number.isInteger(config.height) && config.height >= MIN_EMBED_HEIGHT && config.height <= MAX_EMBED_HEIGHT, what).toBe(true);
      expect(['light', 'dark', 'auto'], what).toContain(config.theme);
      expect([config.readonly, config.autorun, config.runButton].every((b) => typeof b === 'boolean'), what).toBe(true);
      if (config.panel !== undefined) expect(SHARE_PANELS, what).toContain(config.panel);
      if (config.example !== undefined) expect(config.example, what).toMatch(/^[a-z0-9-]{1,60}$/);
      if (state) expect(shareStateProblem(state), what).toBeNull();
      expect(warnings.length <= 10 && warnings.every((w) => typeof w === 'string' && w.length > 0), what).toBe(true);
    }
  });
});
