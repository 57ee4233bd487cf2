import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../share/share-link.ts';
import { IDLE_PLAYBACK } from '../../store/playback-slice.ts';
import { currentChoices, shareBase, shareStateOf, shareUrl } from './share-state-of.ts';

const single = { mode: 'single' as const, variants: [], code: 'print(1)\n', playback: IDLE_PLAYBACK, sidePanel: 'loop' as const, presenter: false };

describe('shareStateOf', () => {
  it('shares the code with the default view', () => {
    expect(shareStateOf(single, currentChoices(single))).toEqual({ mode: 'single', variants: [{ name: 'main', code: 'print(1)\n' }], view: {} });
  });

  it('shares both variants in compare mode, and the chosen panel and presenter mode', () => {
    const compare = { ...single, mode: 'compare' as const, variants: [{ name: 'sequential', code: 'a' }, { name: 'gather', code: 'b' }], sidePanel: 'output' as const, presenter: true };
    expect(shareStateOf(compare, currentChoices(compare))).toEqual({
      mode: 'compare',
      variants: [{ name: 'sequential', code: 'a' }, { name: 'gather', code: 'b' }],
      view: { panel: 'console', presenter: true },
    });
  });

  it('includes the replay position only when asked, never below the first event', () => {
    const replaying = { ...single, playback: { ...IDLE_PLAYBACK, index: 7 } };
    expect(currentChoices(replaying).playback).toBe(true);
    expect(shareStateOf(replaying, currentChoices(replaying)).playback).toEqual({ event: 7 });
    expect(shareStateOf(replaying, { ...currentChoices(replaying), playback: false }).playback).toBeUndefined();
    expect(shareStateOf({ ...single, playback: { ...IDLE_PLAYBACK, index: -1 } }, { panel: undefined, presenter: false, playback: true }).playback).toEqual({ event: 0 });
  });

  it('makes a link that decodes to the same state', () => {
    const base = shareBase({ origin: 'https://loopscope.dev', pathname: '/' });
    const state = shareStateOf(single, { panel: 'tasks', presenter: false, playback: false });
    const url = shareUrl(base, state);
    expect(url.startsWith('https://loopscope.dev/#v1.')).toBe(true);
    expect(decodeShareFragment(new URL(url).hash)).toEqual({ ok: true, state });
  });
});
