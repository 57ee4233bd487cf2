import { modelOf } from '../../model/build-model.ts';
import type { AppState } from '../../store/app-state.ts';

/**
 * The task Shift+←/→ steps through: the one selected on the timeline, or else the task
 * of the event under the cursor. Null when there is neither.
 */
export function focusTask(s: Pick<AppState, 'trace' | 'selected' | 'playback'>): number | null {
  if (!s.trace) return null;
  if (s.selected) {
    const lane = modelOf(s.trace).lanes[s.selected.row];
    if (lane) return lane.task;
  }
  const { index } = s.playback;
  return index === null ? null : s.trace.events[index]?.task ?? null;
}
