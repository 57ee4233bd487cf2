import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../model/fixtures/index.ts';
import { createFakeRunner } from '../runner/fake-runner.ts';
import { encodeShareFragment } from '../share/share-link.ts';
import { singleState } from '../share/share-state.ts';
import { createAppStore } from '../store/app-store.ts';
import { runWhenReady } from './run-when-ready.ts';
import { readShareLink } from './share-link-startup.ts';

describe('opening a share link', () => {
  it('reads nothing from an empty fragment, and a reason from a broken one', () => {
    expect(readShareLink('')).toBeNull();
    expect(readShareLink('#')).toBeNull();
    expect(readShareLink('#v1.AAAA')).toMatchObject({ ok: false, reason: 'truncated' });
    expect(readShareLink(encodeShareFragment(singleState('x')))).toMatchObject({ ok: true });
  });

  it('restores the view, runs once Python is ready, then moves the replay to the linked event', async () => {
    const rec = FIXTURES.eventLoop();
    const store = createAppStore({ runner: createFakeRunner([rec], { bootMs: 30 }), code: 'saved' });
    store.getState().openShareState({ mode: 'single', variants: [{ name: 'main', code: rec.code }], view: { panel: 'tasks', presenter: true }, playback: { event: 3 } });
    expect(store.getState()).toMatchObject({ code: rec.code, sidePanel: 'tasks', presenter: true, linkSeek: 3, exampleId: null });
    runWhenReady(store);
    // The idle signal's view: never "ready and not running" before the run, nor "done" before the seek.
    const seen: string[] = [];
    store.subscribe((s) => seen.push(`${s.runnerStatus.state}:${s.running}:${s.playback.index}`));
    await until(() => store.getState().trace !== null && !store.getState().running);
    expect(store.getState().playback.index).toBe(3);
    expect(store.getState().linkSeek).toBeNull();
    expect(seen).not.toContain("ready:false:null");
  });

  it('opens a comparison in compare mode', () => {
    const store = createAppStore({ runner: createFakeRunner([]), code: '' });
    store.getState().openShareState({ mode: 'compare', variants: [{ name: 'before', code: 'a' }, { name: 'after', code: 'b' }], view: {} });
    expect(store.getState()).toMatchObject({ mode: 'compare', variants: [{ name: 'before', code: 'a' }, { name: 'after', code: 'b' }], code: 'a', sidePanel: 'loop', presenter: false });
  });
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
}
