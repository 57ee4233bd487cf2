import type { Seconds } from '../../units/time.ts';

/** A timeline that can be told which window of time to show. */
export interface ZoomMember {
  showWindow(start: Seconds, end: Seconds): void;
}

/**
 * Timelines stacked on one time axis (compare mode): zoom or pan one and the others show
 * the same window. A window of virtual seconds, not a d3 transform, is what travels, so
 * members of different widths (one with a scrollbar) still line up in time.
 */
export class ZoomGroup {
  private readonly members = new Set<ZoomMember>();
  /** True while a window is being handed out: members' own zoom events must not echo it. */
  private busy = false;

  join(member: ZoomMember): () => void {
    this.members.add(member);
    return () => this.members.delete(member);
  }

  /** `from` now shows [start, end] (virtual seconds): the others follow. */
  publish(from: ZoomMember, start: Seconds, end: Seconds): void {
    if (this.busy) return;
    this.busy = true;
    try {
      for (const m of this.members) if (m !== from) m.showWindow(start, end);
    } finally {
      this.busy = false;
    }
  }
}
