import type { HasEvents } from './loop-state/index.ts';

/** How far back to look for a task's last known line: a bound, so a huge trace never stalls a step. */
const LOOKBACK = 5000;

/**
 * The task of the event at playback position `index` and the snippet line it is at: the
 * event's own line, or else the last line that task was seen at (finishing, for one,
 * happens outside snippet code). What the editor highlights while stepping.
 */
export function taskLineAt(trace: HasEvents, index: number): { task: number; line: number | null } | null {
  const ev = trace.events[index];
  if (!ev) return null;
  if (ev.line !== null) return { task: ev.task, line: ev.line };
  for (let i = index - 1; i >= 0 && i >= index - LOOKBACK; i--) {
    const before = trace.events[i]!;
    if (before.task === ev.task && before.line !== null && before.type !== 'create') return { task: ev.task, line: before.line };
  }
  return { task: ev.task, line: null };
}
