import type { MouseEvent } from 'react';

/**
 * onMouseDown for page-level buttons (Run, the replay's transport, the mode toggles): a
 * mouse click neither focuses the button nor leaves focus in the editor, so the page's
 * keys work next. Space then plays the replay, instead of pressing the last button
 * clicked again or typing into the code. Keyboard use is unchanged.
 */
export function releaseFocus(e: MouseEvent): void {
  e.preventDefault();
  const active = e.currentTarget.ownerDocument.activeElement;
  if (active instanceof HTMLElement) active.blur();
}
