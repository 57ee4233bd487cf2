import type { TraceEvent } from '../protocol/trace.ts';
import { formatSeconds } from '../units/time.ts';

/** What a sync object is called in sentences: its label by id ("Semaphore(3)"). */
export type ObjectNames = ReadonlyMap<number, string>;

/**
 * One trace event as a short sentence for the replay: "Task-3 awaits sleep(1)",
 * "Semaphore(3) changed". `name` turns a task id into what the lanes call it.
 */
export function describeEvent(ev: TraceEvent, name: (task: number) => string, objects: ObjectNames = new Map()): string {
  const who = name(ev.task);
  switch (ev.type) {
    case 'create':
      return `${who} is created`;
    case 'ready':
      return `${who} joins the ready queue`;
    case 'resume':
      return `${who} runs`;
    case 'suspend':
      return ev.wait.kind === 'event-loop' ? `${who} starts the event loop` : `${who} awaits ${ev.wait.label}`;
    case 'finish':
      return `${who} returns${ev.result && ev.result !== 'None' ? ` ${ev.result}` : ''}`;
    case 'error':
      return `${who} raises ${ev.exc.type}`;
    case 'cancel':
      return `cancel() is requested for ${who}`;
    case 'cancelled':
      return `${who} ends cancelled`;
    case 'block':
      return `${who} blocks the loop for ${formatSeconds(ev.end - ev.t)}: ${ev.call}`;
    case 'thread':
      return `${name(ev.thread)} runs ${ev.fn} for ${who}`;
    case 'print':
      return `${who} prints “${ev.text}”`;
    case 'warning':
      return `${ev.category}: ${ev.message}`;
    case 'object':
      return `${who} creates ${ev.label}`;
    case 'sync':
      return `${objects.get(ev.obj) ?? `object ${ev.obj}`} changes`;
  }
}
