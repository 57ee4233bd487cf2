import { describe, expect, it } from 'vitest';
import { linkLengthAdvice } from './link-length.ts';

const url = (length: number) => `https://loopscope.dev/#v1.${'A'.repeat(length - 'https://loopscope.dev/#v1.'.length)}`;

describe('linkLengthAdvice', () => {
  it('says nothing about a link that fits everywhere (Discord’s 2,000 included)', () => {
    expect(linkLengthAdvice(url(2000))).toStrictEqual({ length: 2000, fitsChat: true, fitsBrowser: true });
  });

  it('warns past 2,000 characters that Discord and some chat tools cut links off', () => {
    expect(linkLengthAdvice(url(2001))).toStrictEqual({
      length: 2001,
      fitsChat: false,
      fitsBrowser: true,
      message: 'This link is 2,001 characters long: Discord and some chat tools cut links off at 2,000. It works in Slack, email or a document.',
    });
  });

  it('warns past 40,000 that Slack cuts it off too', () => {
    expect(linkLengthAdvice(url(40_001)).message).toBe(
      'This link is 40,001 characters long: chat tools will cut it off (Slack at 40,000, Discord at 2,000). It still works in email or a document.',
    );
  });

  it('warns past 2,000,000 that no browser opens it (Chromium gives up at ~2,097,000)', () => {
    expect(linkLengthAdvice(url(2_000_000))).toMatchObject({ fitsBrowser: true });
    expect(linkLengthAdvice(url(2_000_001))).toStrictEqual({
      length: 2_000_001,
      fitsChat: false,
      fitsBrowser: false,
      message: 'This link is 2,000,001 characters long, too long for a browser to open (the limit is about 2,000,000). Shorten the code to share it.',
    });
  });
});
