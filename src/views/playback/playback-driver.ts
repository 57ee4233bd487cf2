import type { AppState } from '../../store/app-state.ts';
import type { AppStore } from '../../store/app-store.ts';
import { millis } from '../../units/time.ts';
import { advance, type ClockPosition } from './playback-clock.ts';

/** A frame longer than this (a background tab, a debugger pause) counts as this long: no leaps. */
const MAX_FRAME_MS = 100;

/**
 * The play loop: while the store says playing, moves the cursor on every animation
 * frame, outside React. It owns nothing but its frame callback, so a new trace (which
 * pauses) or dispose() on unmount stops it.
 */
export class PlaybackDriver {
  private raf = 0;
  private lastFrame: number | null = null;
  private pos: ClockPosition = { index: -1, elapsed: millis(0) };
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: AppStore,
    private readonly win: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>,
  ) {
    this.unsubscribe = store.subscribe((s, prev) => this.onState(s, prev));
    if (store.getState().playback.playing) this.start();
  }

  dispose(): void {
    this.stop();
    this.unsubscribe();
  }

  private onState(s: AppState, prev: AppState): void {
    if (s.playback.playing && !prev.playback.playing) this.start();
    else if (!s.playback.playing && prev.playback.playing) this.stop();
  }

  private start(): void {
    if (this.raf) return;
    this.lastFrame = null;
    this.pos = { index: this.store.getState().playback.index ?? -1, elapsed: millis(0) };
    this.raf = this.win.requestAnimationFrame((now) => this.frame(now));
  }

  private stop(): void {
    if (this.raf) this.win.cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  private frame(now: number): void {
    this.raf = 0;
    const s = this.store.getState();
    if (!s.playback.playing || !s.trace) return;
    // Someone moved the cursor (a slider drag) while playing: carry on from there.
    if (s.playback.index !== this.pos.index) this.pos = { index: s.playback.index ?? -1, elapsed: millis(0) };
    const wall = this.lastFrame === null ? 0 : Math.min(MAX_FRAME_MS, now - this.lastFrame);
    this.lastFrame = now;
    const tick = advance(s.trace.events, this.pos, millis(wall), s.playback.speed);
    this.pos = tick;
    s.advanceTo(tick.index, tick.time);
    if (tick.done) s.setPlaying(false);
    else this.raf = this.win.requestAnimationFrame((t) => this.frame(t));
  }
}
