import { describe, expect, it } from 'vitest';
import { secs, type Seconds } from '../../units/time.ts';
import { ZoomGroup, type ZoomMember } from './zoom-group.ts';

/** A member that, like a d3-zoom controller, republishes whatever it is told to show. */
function echoing(group: ZoomGroup, log: Array<[string, number, number]>, name: string): ZoomMember {
  const member: ZoomMember = {
    showWindow(start: Seconds, end: Seconds) {
      log.push([name, start, end]);
      group.publish(member, start, end);
    },
  };
  group.join(member);
  return member;
}

describe('ZoomGroup', () => {
  it('hands a window to every other member once, without echoes', () => {
    const group = new ZoomGroup();
    const log: Array<[string, number, number]> = [];
    const a = echoing(group, log, 'a');
    echoing(group, log, 'b');
    echoing(group, log, 'c');
    group.publish(a, secs(1), secs(2));
    expect(log).toEqual([['b', 1, 2], ['c', 1, 2]]);
  });

  it('forgets a member that left', () => {
    const group = new ZoomGroup();
    const log: Array<[string, number, number]> = [];
    const a = echoing(group, log, 'a');
    const b: ZoomMember = { showWindow: (s, e) => log.push(['b', s, e]) };
    const leave = group.join(b);
    leave();
    group.publish(a, secs(0), secs(3));
    expect(log).toEqual([]);
  });
});
