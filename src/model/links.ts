import type { Trace } from '../protocol/trace.ts';
import { secs } from '../units/time.ts';
import type { Link, Segment } from './types.ts';

/**
 * Arrows that help reading: spawn (a parent creating a task, at the creation time)
 * and wake (a task finishing releases the task awaiting it: gather's fan-in, or a
 * worker thread handing back its result).
 */
export function deriveLinks(trace: Trace, segments: readonly Segment[][]): Link[] {
  const links: Link[] = [];
  const finished = new Map<number, number>();
  for (const task of trace.tasks) if (task.finished !== null) finished.set(task.id, task.finished);

  for (const ev of trace.events) {
    if (ev.type === 'create' && ev.parent !== null && ev.parent !== ev.task) {
      links.push({ kind: 'spawn', from: ev.parent, to: ev.task, t0: secs(ev.t), t1: secs(ev.t) });
    }
    if (ev.type === 'thread') {
      links.push({ kind: 'wake', from: ev.thread, to: ev.task, t0: secs(ev.end), t1: secs(ev.end) });
    }
  }

  for (const lane of segments) {
    for (const seg of lane) {
      if (seg.kind !== 'waiting' || !seg.wait?.targets || seg.open) continue;
      for (const target of seg.wait.targets) {
        const done = finished.get(target);
        // Only a target that finished inside this wait explains why the wait ended.
        if (done === undefined || done < seg.start || done > seg.end + 1e-9) continue;
        if (seg.wait.kind === 'executor') continue; // drawn from the thread event above
        links.push({ kind: 'wake', from: target, to: seg.task, t0: secs(done), t1: seg.end });
      }
    }
  }
  return links;
}
