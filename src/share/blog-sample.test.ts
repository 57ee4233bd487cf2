/** public/blog-sample.html is what a blogger would write: check its embeds are ones the embed view opens cleanly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_MARKER, EMBED_PATH } from './embed-code.ts';
import { parseEmbedParams } from './embed-params.ts';

const html = readFileSync(join(import.meta.dirname, '../../public/blog-sample.html'), 'utf8');
const iframes = [...html.matchAll(/<iframe\b[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, '&');

describe('the sample blog post', () => {
  it('embeds two playgrounds the host snippet can find, and loads the snippet', () => {
    expect(iframes).toHaveLength(2);
    for (const tag of iframes) expect(attr(tag, 'data-loopscope')).toBe(EMBED_MARKER);
    expect(html).toContain('<script src="/loopscope-embed.js" async></script>');
  });

  it('opens sequential awaits, then gather, with no warnings', () => {
    const setups = iframes.map((tag) => {
      const url = new URL(attr(tag, 'src')!, 'https://blog.example/');
      expect(url.pathname).toBe(EMBED_PATH);
      return parseEmbedParams(url.searchParams, url.hash);
    });
    expect(setups.map((s) => s.warnings)).toEqual([[], []]);
    expect(setups[0]!.state?.variants[0].code).toContain('result2 = await fetch_data("url2")');
    expect(setups[1]!.state?.variants[0].code).toContain('await asyncio.gather(');
    // One runs by itself, the other waits for its Run button: both paths are on the page.
    expect(setups.map((s) => [s.config.autorun, s.config.runButton, s.config.readonly])).toEqual([[true, true, false], [false, true, true]]);
  });
});
