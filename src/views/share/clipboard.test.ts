import { describe, expect, it } from 'vitest';
import { copyText } from './clipboard.ts';

/** A field that records what the fallback did to it. */
function field() {
  const calls: string[] = [];
  return { calls, el: { focus: () => calls.push('focus'), select: () => calls.push('select') } as unknown as HTMLInputElement };
}

describe('copyText', () => {
  it('copies through the Clipboard API when it works', async () => {
    const written: string[] = [];
    const f = field();
    expect(await copyText('link', f.el, { writeText: async (t: string) => void written.push(t) } as Clipboard)).toBe('copied');
    expect(written).toEqual(['link']);
    expect(f.calls).toEqual([]);
  });

  it('selects the field for a manual copy when the clipboard refuses or is missing', async () => {
    const refused = field();
    expect(await copyText('link', refused.el, { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } as unknown as Clipboard)).toBe('select-and-copy');
    expect(refused.calls).toEqual(['focus', 'select']);
    const missing = field();
    expect(await copyText('link', missing.el, undefined)).toBe('select-and-copy');
    expect(missing.calls).toEqual(['focus', 'select']);
  });
});
