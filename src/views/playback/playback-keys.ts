/**
 * The replay's keyboard, as a pure mapping from a key press to an action: space plays or
 * pauses, ←/→ step one event, Shift+←/→ step within the selected task, Home/End jump to
 * the ends, P toggles presenter mode and Esc leaves it. Keys that the focused control
 * needs for itself (typing, a button's space, a slider's arrows) are left alone: the
 * scrubber is a slider, so its arrows step by themselves.
 */

export type PlaybackKeyAction =
  | { kind: 'toggle-play' }
  | { kind: 'step'; delta: 1 | -1 }
  | { kind: 'step-task'; delta: 1 | -1 }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'toggle-presenter' }
  | { kind: 'exit-presenter' };

/** The key, as a KeyboardEvent has it. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What has focus, as far as the keys are concerned. */
export type FocusKind =
  /** Text entry (inputs, the code editor): every key is typing. */
  | 'text'
  /** Buttons, links, summaries: space and Enter activate them. */
  | 'button'
  /** A slider: arrows, Home and End move it. */
  | 'slider'
  /** Inside a dialog or a menu: its keys are its own. */
  | 'dialog'
  | 'other';

export function playbackKeyAction(press: KeyPress, focus: FocusKind, presenter: boolean): PlaybackKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey || focus === 'text' || focus === 'dialog') return null;
  const sliderOwns = focus === 'slider';
  switch (press.key) {
    case ' ':
      return focus === 'button' ? null : { kind: 'toggle-play' };
    case 'ArrowRight':
    case 'ArrowLeft': {
      if (sliderOwns) return null;
      const delta = press.key === 'ArrowRight' ? 1 : -1;
      return press.shiftKey ? { kind: 'step-task', delta } : { kind: 'step', delta };
    }
    case 'Home':
      return sliderOwns ? null : { kind: 'start' };
    case 'End':
      return sliderOwns ? null : { kind: 'end' };
    case 'p':
    case 'P':
      return { kind: 'toggle-presenter' };
    case 'Escape':
      return presenter ? { kind: 'exit-presenter' } : null;
    default:
      return null;
  }
}
