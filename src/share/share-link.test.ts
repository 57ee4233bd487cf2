import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64url } from './base64url.ts';
import { decodeShareFragment, encodeShareFragment, MAX_FRAGMENT_CHARS } from './share-link.ts';
import { singleState, type ShareState } from './share-state.ts';

const CODE = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n';
/** A v1 fragment around any JSON text, valid or not. */
const v1 = (json: string) => `#v1.${encodeBase64url(zlibSync(new TextEncoder().encode(json)))}`;
const failure = (fragment: string | null | undefined) => {
  const result = decodeShareFragment(fragment);
  if (result.ok) throw new Error(`expected ${fragment?.slice(0, 40)} to fail`);
  return result;
};

describe('share links', () => {
  it('encode to #v1. + base64url and decode to the same state', () => {
    const state: ShareState = { mode: 'compare', variants: [{ name: 'before', code: CODE }, { name: 'after', code: CODE.replace('1', '2') }], view: { panel: 'console' }, playback: { event: 12 } };
    const fragment = encodeShareFragment(state);
    expect(fragment).toMatch(/^#v1\.[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toStrictEqual({ ok: true, state });
    expect(decodeShareFragment(fragment.slice(1))).toStrictEqual({ ok: true, state });
  });

  it('encode equal states to equal links, whatever their key order or extra keys', () => {
    const a = encodeShareFragment({ view: {}, variants: [{ code: CODE, name: 'main' }], mode: 'single' });
    const withExtra = { ...singleState(CODE), colour: 'red' } as ShareState;
    expect(encodeShareFragment(withExtra)).toBe(a);
    expect(encodeShareFragment(singleState(CODE))).toBe(a);
  });

  it('refuse to encode a state no link could carry', () => {
    expect(() => encodeShareFragment(singleState('x'.repeat(200_001)))).toThrow(/longer than 200,000/);
  });

  it('read the #code= form: base64url (or base64) of the UTF-8 code', () => {
    const code = 'print("héllo 🐍")\r\n';
    const b64url = Buffer.from(code).toString('base64url');
    expect(decodeShareFragment(`#code=${b64url}`)).toStrictEqual({ ok: true, state: singleState(code) });
    expect(decodeShareFragment(`#code=${Buffer.from(code).toString('base64')}`)).toStrictEqual({ ok: true, state: singleState(code) });
    expect(decodeShareFragment('#code=')).toStrictEqual({ ok: true, state: singleState('') });
    expect(failure(`#code=${Buffer.from('x'.repeat(200_001)).toString('base64url')}`).message).toMatch(/longer than 200,000 characters/);
    expect(failure(`#code=${Buffer.from([0xc3, 0x28]).toString('base64url')}`).message).toMatch(/not valid UTF-8/);
  });

  it('say so, and never throw, when there is nothing to open', () => {
    for (const empty of ['', '#', '  ', null, undefined]) expect(failure(empty).reason).toBe('empty');
    expect(failure('').message).toBe('This link has no code in it. The default example was opened instead.');
  });

  it('tell a link from a newer version apart from something else entirely', () => {
    expect(failure('#v9.abc').message).toBe(
      'This link was made by a newer version of Loopscope (link format v9); reload the page to update, then open the link again. The default example was opened instead.',
    );
    expect(failure('#v2').reason).toBe('newer-version');
    for (const other of ['#v0.abc', '#section-2', '#V1.abc', '#v1abc', '#code', '#vx.'])
      expect(failure(other)).toMatchObject({ reason: 'unknown-format', problem: 'This is not a Loopscope share link (those start with #v1. or #code=).' });
  });

  it('recognize a link cut off by a chat tool, at any length', () => {
    const fragment = encodeShareFragment(singleState(CODE.repeat(3)));
    for (let end = '#v1.'.length; end < fragment.length; end++) {
      const result = failure(fragment.slice(0, end));
      expect(result.reason).toBe('truncated');
      expect(result.problem).toMatch(/^This link is incomplete: it was probably cut off/);
    }
  });

  it('name each kind of damage in a sentence', () => {
    const fragment = encodeShareFragment(singleState(CODE));
    expect(failure(`${fragment})`).problem).toBe('This link is damaged: it contains characters a Loopscope link never has.');
    expect(failure(`#v1.${encodeBase64url(new Uint8Array(8).fill(0xff))}`).problem).toBe('This link is damaged: its compressed data is not valid.');
    expect(failure(`#v1.${encodeBase64url(zlibSync(Uint8Array.from([0x7b, 0xc3, 0x28])))}`).problem).toBe('This link is damaged: its text is not valid UTF-8.');
    expect(failure(v1('{"mode": "single",')).problem).toBe('This link is damaged: its contents are not valid JSON.');
    for (const notObject of ['[]', 'null', '42', '"code"']) expect(failure(v1(notObject)).problem).toBe('This link does not hold a Loopscope snippet.');
    expect(failure(v1('{"mode":"single","variants":[],"view":{}}')).problem).toBe('This link holds something Loopscope cannot open: a single link holds exactly one snippet (at variants).');
  });

  it('refuse a decompression bomb and absurdly long fragments without doing the work', () => {
    const bomb = `#v1.${encodeBase64url(zlibSync(new Uint8Array(8_000_000).fill(32)))}`;
    expect(bomb.length).toBeLessThan(20_000);
    expect(failure(bomb)).toMatchObject({ reason: 'too-large' });
    expect(failure(`#v1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`).problem).toMatch(/^This link is 3,[\d,]+ characters long, more than any Loopscope link can be\.$/);
  });

  it('open the largest valid state: two 200,000-character snippets of NULs', () => {
    const nul = '\0'.repeat(200_000);
    const state: ShareState = { mode: 'compare', variants: [{ name: 'a', code: nul }, { name: 'b', code: nul }], view: {} };
    expect(decodeShareFragment(encodeShareFragment(state))).toStrictEqual({ ok: true, state });
  });
});
