import type { FocusKind } from './playback-keys.ts';

/** Classifies the focused element for the replay keys (see playbackKeyAction). */
export function focusKind(el: Element | null): FocusKind {
  if (!el || el === el.ownerDocument.body) return 'other';
  // Dialogs and menus own their keys (Esc closes them; arrows move within a menu).
  if (el.closest('dialog[open], [role="menu"]')) return 'dialog';
  if (el.closest('.monaco-editor, textarea, select, [contenteditable="true"]')) return 'text';
  if (el instanceof HTMLInputElement) return el.type === 'range' ? 'slider' : el.type === 'checkbox' || el.type === 'radio' ? 'button' : 'text';
  if (el.closest('button, a[href], summary, [role="button"], [role="tab"], [role="radio"]')) return 'button';
  return 'other';
}
