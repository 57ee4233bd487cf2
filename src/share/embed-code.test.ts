import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, escapeAttribute } from './embed-code.ts';
import { parseEmbedParams } from './embed-params.ts';
import { encodeShareFragment } from './share-link.ts';
import { singleState, type ShareState } from './share-state.ts';

const ORIGIN = 'https://loopscope.dev';
const state = singleState('print(1)\n');

describe('embedCode', () => {
  it('writes a lazy, full-width iframe the host snippet can find', () => {
    const fragment = encodeShareFragment(state);
    expect(embedCode(`${ORIGIN}/`, state, {})).toBe(
      `<iframe src="${ORIGIN}/embed${fragment}" title="Loopscope: an asyncio snippet running on the event loop" width="100%" height="480" loading="lazy" style="border: 0; max-width: 100%;" data-loopscope="1"></iframe>`,
    );
  });

  it('puts only non-default options in the URL, escaped in the attribute', () => {
    const html = embedCode(ORIGIN, state, { readonly: true, theme: 'dark', height: 5000, runButton: false, autorun: true, panel: 'console' });
    expect(html).toContain(`src="${ORIGIN}/embed?readonly=1&amp;autorun=1&amp;theme=dark&amp;height=2000&amp;panel=console&amp;run=0#v1.`);
    expect(html).toContain('height="2000"');
  });

  it('escapes user text (variant names) in the title', () => {
    const compare: ShareState = { mode: 'compare', variants: [{ name: '"><script>alert(1)</script>', code: '' }, { name: "it's & fixed", code: '' }], view: {} };
    const html = embedCode(ORIGIN, compare);
    expect(html).toContain('title="Loopscope: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; vs it&#39;s &amp; fixed"');
    expect(html).not.toContain('<script>');
    expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });

  it('opens a gallery example when there is no state', () => {
    expect(embedCode(ORIGIN, null, { example: 'semaphore' })).toContain(`src="${ORIGIN}/embed?example=semaphore" title="Loopscope example: semaphore"`);
  });

  it('makes URLs the embed view parses back to the same options and code', () => {
    const config = { readonly: true, autorun: false, theme: 'light' as const, height: 333, panel: 'tasks' as const, runButton: true };
    const url = new URL(embedUrl(ORIGIN, state, config));
    expect(parseEmbedParams(url.searchParams, url.hash)).toStrictEqual({ config, state, warnings: [] });
  });
});
