import type { SyncState } from '../../protocol/trace.ts';

/**
 * A sync object's state in words, by kind: "1 of 3 permits free", "held by Task-2",
 * "2 of 5 items". `name` turns a task id (a Lock's holder) into its lane name.
 */
export function syncSummary(kind: string, label: string, state: SyncState, name: (task: number) => string): string {
  const num = (key: string) => (typeof state[key] === 'number' ? (state[key] as number) : null);
  if (kind === 'Semaphore' || kind === 'BoundedSemaphore') {
    const free = num('value') ?? 0;
    const capacity = /\((\d+)\)/.exec(label)?.[1];
    return `${free}${capacity ? ` of ${capacity}` : ''} ${free === 1 && !capacity ? 'permit' : 'permits'} free`;
  }
  if (kind === 'Lock') return state.locked ? (typeof state.holder === 'number' ? `held by ${name(state.holder)}` : 'held') : 'free';
  if (kind === 'Condition') return state.locked ? 'its lock is held' : 'its lock is free';
  if (kind === 'Event') return state.set ? 'set' : 'not set';
  if (kind.endsWith('Queue')) {
    const size = num('size') ?? 0;
    const max = num('maxsize') ?? 0;
    const unfinished = num('unfinished') ?? 0;
    const items = `${size}${max > 0 ? ` of ${max}` : ''} ${max === 0 && size === 1 ? 'item' : 'items'}`;
    return unfinished > size ? `${items}, ${unfinished} not yet done` : items;
  }
  if (kind === 'Barrier') return `${num('waiting') ?? 0} of ${num('parties') ?? '?'} arrived`;
  return Object.entries(state).filter(([key]) => key !== 'waiters').map(([key, value]) => `${key} ${value}`).join(', ');
}
