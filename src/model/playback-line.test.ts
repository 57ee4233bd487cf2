import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures/index.ts';
import { taskLineAt } from './playback-line.ts';

describe('taskLineAt', () => {
  const { trace, code } = FIXTURES.eventLoop();
  const lineOf = (text: string) => code.split('\n').findIndex((l) => l.includes(text)) + 1;

  it('is the event’s own line when it has one', () => {
    const i = trace.events.findIndex((ev) => ev.type === 'print');
    expect(taskLineAt(trace, i)).toEqual({ task: trace.events[i]!.task, line: lineOf('starting') });
  });

  it('falls back to the task’s last line for events outside snippet code', () => {
    const last = trace.events.length - 1;
    expect(trace.events[last]!.line).toBeNull();
    expect(taskLineAt(trace, last)).toEqual({ task: 0, line: lineOf('asyncio.run(main())') });
  });

  it('is null before the first event and past the last', () => {
    expect(taskLineAt(trace, -1)).toBeNull();
    expect(taskLineAt(trace, trace.events.length)).toBeNull();
  });
});
