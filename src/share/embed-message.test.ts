import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION, heightMessage, readHeightMessage } from './embed-message.ts';

describe('the height message', () => {
  it('is versioned and rounds up', () => {
    expect(heightMessage(611.2)).toEqual({ type: 'loopscope:height', v: 1, height: 612 });
    expect(heightMessage(0).height).toBe(1);
    expect(readHeightMessage(heightMessage(480))).toBe(480);
  });

  it('ignores other messages, versions and impossible heights', () => {
    for (const data of [null, 'loopscope:height', { type: 'other', v: 1, height: 5 }, { type: HEIGHT_MESSAGE_TYPE, v: 2, height: 5 }, { type: HEIGHT_MESSAGE_TYPE, v: 1, height: 1.5 }, { type: HEIGHT_MESSAGE_TYPE, v: 1, height: 1e9 }]) {
      expect(readHeightMessage(data)).toBeNull();
    }
  });
});

/** public/loopscope-embed.js run against a fake page: two embeds and a stranger's iframe. */
describe('the host snippet (public/loopscope-embed.js)', () => {
  const source = readFileSync(join(import.meta.dirname, '../../public/loopscope-embed.js'), 'utf8');

  function page() {
    const frame = (src: string, marked = true) => ({ src, contentWindow: { name: src }, style: { height: '' }, attrs: {} as Record<string, string>, marked, setAttribute(k: string, v: string) { this.attrs[k] = v; } });
    const frames = [frame('https://loopscope.dev/embed#v1.a'), frame('https://loopscope.dev/embed?theme=dark#v1.b'), frame('https://evil.example/', false)];
    let listener: ((e: unknown) => void) | null = null;
    const win: Record<string, unknown> = { addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && (listener = fn) };
    const doc = { baseURI: 'https://blog.example/post', querySelectorAll: (sel: string) => (sel === 'iframe[data-loopscope]' ? frames.filter((f) => f.marked) : []) };
    new Function('window', 'document', source)(win, doc);
    const send = (from: number, data: unknown, origin = 'https://loopscope.dev') => listener!({ source: frames[from]!.contentWindow, origin, data });
    return { frames, send, win, installed: () => listener !== null };
  }

  it('speaks the same message as the embed', () => {
    expect(source).toContain(`var TYPE = '${HEIGHT_MESSAGE_TYPE}';`);
    expect(source).toContain(`var VERSION = ${HEIGHT_MESSAGE_VERSION};`);
  });

  it('sizes the iframe that sent the message, and only that one', () => {
    const { frames, send } = page();
    send(1, heightMessage(612));
    expect(frames[1]!.style.height).toBe('612px');
    expect(frames[1]!.attrs.height).toBe('612');
    expect(frames[0]!.style.height).toBe('');
    send(0, heightMessage(300));
    expect(frames[0]!.style.height).toBe('300px');
  });

  it('ignores other origins, unmarked iframes, other versions and bad heights', () => {
    const { frames, send } = page();
    send(0, heightMessage(700), 'https://evil.example');
    send(2, heightMessage(700), 'https://evil.example');
    send(0, { type: HEIGHT_MESSAGE_TYPE, v: 2, height: 700 });
    send(0, { type: HEIGHT_MESSAGE_TYPE, v: 1, height: -4 });
    send(0, { type: HEIGHT_MESSAGE_TYPE, v: 1, height: '700' });
    expect(frames.map((f) => f.style.height)).toEqual(['', '', '']);
  });

  it('installs once, however many times the page includes it', () => {
    const first = page();
    expect(first.installed()).toBe(true);
    expect(first.win.__loopscopeEmbedHost).toBe(1);
    let listeners = 0;
    const win = { __loopscopeEmbedHost: 1, addEventListener: () => listeners++ };
    new Function('window', 'document', source)(win, {});
    expect(listeners).toBe(0);
  });
});
