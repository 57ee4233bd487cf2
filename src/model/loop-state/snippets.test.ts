import { describe, expect, it } from 'vitest';
import type { Trace, TraceEvent } from '../../protocol/trace.ts';
import { buildLoopIndex, stateAt, stateAtTime } from './loop-index.ts';
import { eventIndexAtTime } from './navigate.ts';

/** What a learner should see at key moments of the real snippets (fixtures/, from the corpus). */
const fixtures = import.meta.glob<Trace>('./fixtures/*.json', { eager: true, import: 'default' });
const load = (name: string) => {
  const trace = fixtures[`./fixtures/${name}.json`]!;
  return { trace, loop: buildLoopIndex(trace, 16) };
};
const tasksRunning = (trace: Trace, coroutine: string) => trace.tasks.filter((t) => t.coroutine === coroutine).map((t) => t.id);
const firstIndex = (trace: Trace, match: (ev: TraceEvent) => boolean) => trace.events.findIndex(match);

describe('seed/09_semaphore: Semaphore(3) over ten workers', () => {
  const { trace, loop } = load('semaphore');
  const workers = tasksRunning(trace, 'worker');

  it('at t=0, after every worker started: three hold a permit and sleep, seven queue on acquire()', () => {
    const s = stateAt(loop, eventIndexAtTime(trace, 0));
    expect(s.running).toBeNull();
    expect(s.ready).toEqual([]);
    const sleeping = s.waiting.filter((w) => w.label === 'sleep(1)').map((w) => w.task);
    const acquiring = s.waiting.filter((w) => w.label === 'Semaphore.acquire()').map((w) => w.task);
    expect(sleeping).toEqual(workers.slice(0, 3));
    expect(acquiring).toEqual(workers.slice(3));
    const [semaphore] = s.objects;
    expect(semaphore).toMatchObject({ kind: 'Semaphore', label: 'Semaphore(3)', waiters: workers.slice(3) });
    expect(semaphore!.state.value).toBe(0);
    expect(s.timers.map((t) => [t.task, t.due])).toEqual(workers.slice(0, 3).map((id) => [id, 1]));
  });

  it('at t=1, each release hands its permit to the next waiter in line', () => {
    const firstRelease = firstIndex(trace, (ev) => ev.t === 1 && ev.type === 'finish');
    const s = stateAt(loop, firstRelease);
    expect(s.finished).toEqual([workers[0]]);
    expect(s.ready).toEqual([workers[1], workers[2], workers[3]]);
    expect(s.objects[0]!.waiters).toEqual(workers.slice(4));
  });
});

describe('seed/12_queue_producer_consumer: the consumer B waits forever', () => {
  const { trace, loop } = load('queue-deadlock');

  it('ends with main on gather and a consumer on Queue.get(), the queue empty', () => {
    const s = stateAt(loop, trace.events.length - 1);
    const [consumerB] = tasksRunning(trace, 'consumer').slice(-1);
    expect(s.waiting.map((w) => [w.task, w.label])).toEqual([[1, 'gather(3 tasks)'], [consumerB, 'Queue.get()']]);
    expect(s.waiting[0]!.targets).toEqual([2, 3, 4]);
    const [queue] = s.objects;
    expect(queue).toMatchObject({ kind: 'Queue', waiters: [consumerB] });
    expect(queue!.state.size).toBe(0);
    expect([s.running, s.ready, s.timers, s.loopRunning]).toEqual([null, [], [], true]);
  });
});

describe('seed/02_async_gather', () => {
  const { trace, loop } = load('gather');

  it('at t=0.5 three fetch_data tasks wait on sleep(1), timers due at 1.0, main on gather', () => {
    const s = stateAtTime(loop, 0.5);
    const fetches = tasksRunning(trace, 'fetch_data');
    expect(s.t).toBe(0.5);
    expect(s.waiting.filter((w) => w.label === 'sleep(1)').map((w) => w.task)).toEqual(fetches);
    expect(s.timers).toEqual(fetches.map((task) => ({ task, due: 1, label: 'sleep(1)' })));
    expect(s.waiting.find((w) => w.task === 1)).toMatchObject({ kind: 'gather', targets: fetches });
    expect(s.loopRunning).toBe(true);
  });
});

describe('seed/04_event_loop_tasks', () => {
  it('orders timers by due time, not by creation: B (1 s), A (2 s), C (3 s)', () => {
    const { trace, loop } = load('event-loop-tasks');
    const s = stateAtTime(loop, 0);
    const [a, b, c] = tasksRunning(trace, 'task');
    expect(s.timers.map((t) => [t.task, t.due])).toEqual([[b, 1], [a, 2], [c, 3]]);
  });
});

describe('seed/11_cancellation', () => {
  const { trace, loop } = load('cancellation');
  const cancelAt = firstIndex(trace, (ev) => ev.type === 'cancel');
  const victim = trace.events[cancelAt]!.task;

  it('notes the request but leaves the task where it was until it resumes', () => {
    const s = stateAt(loop, cancelAt);
    expect(s.cancelRequested).toEqual([victim]);
    expect(s.ready).toContain(victim);
    const delivered = firstIndex(trace, (ev) => ev.type === 'resume' && ev.task === victim && ev.t === trace.events[cancelAt]!.t);
    expect(stateAt(loop, delivered).cancelRequested).toEqual([]);
    expect(stateAt(loop, trace.events.length - 1).cancelled).toEqual([victim]);
  });
});

describe('conformance/19_lock', () => {
  const { trace, loop } = load('lock');

  it('shows the holder and the FIFO line of waiters', () => {
    const s = stateAt(loop, firstIndex(trace, (ev) => ev.t > 0) - 1);
    expect(s.objects[0]).toMatchObject({ kind: 'Lock', state: { locked: true, holder: 2 }, waiters: [3, 4] });
  });

  it('keeps a task that requeued itself with sleep(0) in the ready queue, not waiting', () => {
    const requeue = firstIndex(trace, (ev) => ev.type === 'suspend' && ev.wait.label === 'sleep(0)');
    const task = trace.events[requeue]!.task;
    const before = stateAt(loop, requeue - 1);
    expect([before.running, before.ready.includes(task)]).toEqual([task, false]);
    const after = stateAt(loop, requeue);
    expect([after.running, after.ready.at(-1), after.waiting.some((w) => w.task === task)]).toEqual([null, task, false]);
  });
});

describe('conformance/38_time_sleep_blocks_loop', () => {
  const { trace, loop } = load('time-sleep-blocks');

  it('shows the blocked loop, and a timer left overdue behind it', () => {
    const s = stateAtTime(loop, 0.25);
    expect(s.blocked).toMatchObject({ call: 'time.sleep(0.3)', since: 0.1, until: 0.4 });
    const victim = tasksRunning(trace, 'victim')[0]!;
    expect(s.timers).toEqual([{ task: victim, due: 0.2, label: 'sleep(0.2)' }]);
    const blockerDone = firstIndex(trace, (ev) => ev.type === 'finish' && ev.task === s.blocked!.task);
    expect(stateAt(loop, blockerDone).blocked).toBeNull();
    expect(stateAtTime(loop, 0.5).blocked).toMatchObject({ task: 1, call: 'time.sleep(0.2)' });
  });
});

describe('conformance/35_to_thread_parallel', () => {
  it('shows three busy worker threads, and no asyncio timers for them', () => {
    const { trace, loop } = load('to-thread');
    const s = stateAtTime(loop, 0.1);
    const lanes = trace.tasks.filter((t) => t.kind === 'thread').map((t) => t.id);
    expect(s.threads.map((th) => [th.thread, th.fn, th.until])).toEqual(lanes.map((id) => [id, 'blocking', 0.2]));
    expect(s.waiting.filter((w) => w.kind === 'executor')).toHaveLength(3);
    expect(s.timers).toEqual([]);
  });
});
