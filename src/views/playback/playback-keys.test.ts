import { describe, expect, it } from 'vitest';
import { playbackKeyAction, type KeyPress } from './playback-keys.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('playback keys', () => {
  it('maps the replay keys', () => {
    expect(playbackKeyAction(press(' '), 'other', false)).toEqual({ kind: 'toggle-play' });
    expect(playbackKeyAction(press('ArrowRight'), 'other', false)).toEqual({ kind: 'step', delta: 1 });
    expect(playbackKeyAction(press('ArrowLeft', { shiftKey: true }), 'other', false)).toEqual({ kind: 'step-task', delta: -1 });
    expect(playbackKeyAction(press('Home'), 'other', false)).toEqual({ kind: 'start' });
    expect(playbackKeyAction(press('End'), 'other', false)).toEqual({ kind: 'end' });
    expect(playbackKeyAction(press('p'), 'other', false)).toEqual({ kind: 'toggle-presenter' });
  });

  it('leaves Esc alone unless presenting', () => {
    expect(playbackKeyAction(press('Escape'), 'other', false)).toBeNull();
    expect(playbackKeyAction(press('Escape'), 'other', true)).toEqual({ kind: 'exit-presenter' });
  });

  it('never takes keys from typing, dialogs or shortcuts', () => {
    expect(playbackKeyAction(press(' '), 'text', false)).toBeNull();
    expect(playbackKeyAction(press('p'), 'text', true)).toBeNull();
    expect(playbackKeyAction(press('Escape'), 'dialog', true)).toBeNull();
    expect(playbackKeyAction(press('ArrowRight', { ctrlKey: true }), 'other', false)).toBeNull();
  });

  it('lets a button keep its space and a slider its arrows', () => {
    expect(playbackKeyAction(press(' '), 'button', false)).toBeNull();
    expect(playbackKeyAction(press('ArrowRight'), 'button', false)).toEqual({ kind: 'step', delta: 1 });
    expect(playbackKeyAction(press('ArrowRight'), 'slider', false)).toBeNull();
    expect(playbackKeyAction(press('End'), 'slider', false)).toBeNull();
    expect(playbackKeyAction(press(' '), 'slider', false)).toEqual({ kind: 'toggle-play' });
    expect(playbackKeyAction(press('ArrowRight', { shiftKey: true }), 'slider', false)).toBeNull();
  });
});
