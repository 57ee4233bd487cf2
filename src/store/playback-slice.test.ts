import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../model/fixtures/index.ts';
import { createFakeRunner } from '../runner/fake-runner.ts';
import { createAppStore } from './app-store.ts';

async function ranEventLoop() {
  const rec = FIXTURES.eventLoop();
  const store = createAppStore({ runner: createFakeRunner([rec]), code: rec.code });
  await store.getState().run();
  return { store, events: rec.trace.events, last: rec.trace.events.length - 1 };
}

describe('playback slice', () => {
  it('starts outside a replay, and steps in from either end', async () => {
    const { store, events, last } = await ranEventLoop();
    expect(store.getState().playback).toMatchObject({ index: null, playing: false, speed: 1 });
    store.getState().stepEvent(1);
    expect(store.getState().playback.index).toBe(0);
    store.getState().seekEvent(null);
    store.getState().stepEvent(-1);
    expect(store.getState().playback).toMatchObject({ index: last - 1, time: events[last - 1]!.t });
  });

  it('clamps at both ends: -1 is before the first event', async () => {
    const { store, last } = await ranEventLoop();
    store.getState().seekEvent(-10);
    expect(store.getState().playback.index).toBe(-1);
    store.getState().stepEvent(-1);
    expect(store.getState().playback.index).toBe(-1);
    store.getState().seekEvent(last + 5);
    store.getState().stepEvent(1);
    expect(store.getState().playback.index).toBe(last);
  });

  it('steps through one task’s events and stays put past its last', async () => {
    const { store, events } = await ranEventLoop();
    const task = events.find((ev) => ev.type === 'print')!.task;
    const mine = events.flatMap((ev, i) => (ev.task === task ? [i] : []));
    const seen: number[] = [];
    store.getState().seekEvent(-1);
    for (let k = 0; k < mine.length + 2; k++) {
      store.getState().stepTask(1, task);
      seen.push(store.getState().playback.index!);
    }
    expect(seen).toEqual([...mine, mine.at(-1), mine.at(-1)]);
    store.getState().stepTask(-1, task);
    expect(store.getState().playback.index).toBe(mine.at(-2));
  });

  it('plays from the top when at the end, and any seek pauses', async () => {
    const { store, last } = await ranEventLoop();
    store.getState().setPlaying(true);
    expect(store.getState().playback).toMatchObject({ index: -1, playing: true });
    store.getState().advanceTo(3, 0);
    store.getState().setPlaying(false);
    store.getState().setPlaying(true);
    expect(store.getState().playback.index).toBe(3);
    store.getState().stepEvent(1);
    expect(store.getState().playback).toMatchObject({ index: 4, playing: false });
    store.getState().seekEvent(last);
    store.getState().setPlaying(true);
    expect(store.getState().playback.index).toBe(-1);
  });

  it('leaves the replay when a new trace arrives, keeping the speed', async () => {
    const { store } = await ranEventLoop();
    store.getState().setSpeed(4);
    store.getState().seekEvent(5);
    store.getState().setPlaying(true);
    await store.getState().run();
    expect(store.getState().playback).toEqual({ index: null, time: 0, playing: false, speed: 4 });
  });

  it('does nothing without a trace', () => {
    const store = createAppStore({ runner: createFakeRunner([]), code: '' });
    store.getState().stepEvent(1);
    store.getState().setPlaying(true);
    store.getState().seekEvent(3);
    expect(store.getState().playback).toMatchObject({ index: null, playing: false });
  });
});
