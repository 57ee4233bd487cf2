/**
 * The guide's own snippets, unmodified (../shared/corpus/seed), each behaving as its README
 * says: what CPython prints, what the real library would do, and what the trace must show.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventsOf, runFile, stderrOf, stdoutOf, tasksByCoroutine } from './test-support.ts';

const SEED = join(import.meta.dirname, '../../../shared/corpus/seed');
const seed = (name: string) => runFile(join(SEED, name));

describe('seed corpus', { timeout: 60_000 }, () => {
  it('01 sync sequential: 3.0 s, the main program blocked by three time.sleep(1) in a row', async () => {
    const trace = await seed('01_sync_sequential.py');
    expect(stdoutOf(trace)).toBe('Time taken: 3.0 seconds\n');
    const blocks = eventsOf(trace, 'block');
    expect(blocks.map((b) => [b.task, b.t, b.end, b.line, b.call])).toEqual([
      [0, 0, 1, 3, 'time.sleep(1)'],
      [0, 1, 2, 3, 'time.sleep(1)'],
      [0, 2, 3, 3, 'time.sleep(1)'],
    ]);
    expect(trace.outcome).toMatchObject({ status: 'ok', exitCode: 0, virtualTime: 3 });
  });

  it('02 async gather: 1.0 s, three fetch_data tasks overlapping from 0 to 1 s', async () => {
    const trace = await seed('02_async_gather.py');
    expect(stdoutOf(trace)).toBe("Time taken: 1.0 seconds\n['Data from url1', 'Data from url2', 'Data from url3']\n");
    const fetches = tasksByCoroutine(trace, 'fetch_data');
    expect(fetches.map((t) => [t.created, t.finished, t.state])).toEqual([
      [0, 1, 'finished'],
      [0, 1, 'finished'],
      [0, 1, 'finished'],
    ]);
    const main = tasksByCoroutine(trace, 'main')[0]!;
    const wait = eventsOf(trace, 'suspend').find((e) => e.task === main.id)!;
    expect(wait.wait).toMatchObject({ kind: 'gather', label: 'gather(3 tasks)', targets: fetches.map((t) => t.id) });
    expect(eventsOf(trace, 'suspend').filter((e) => e.wait.label === 'sleep(1)')).toHaveLength(3);
  });

  it('03 coroutine (top-level await): Hello, World, then asyncio.run() fails as in a running loop', async () => {
    const trace = await seed('03_coroutine.py');
    expect(stdoutOf(trace)).toBe('Hello\nWorld\n');
    expect(trace.outcome).toMatchObject({
      status: 'error',
      exitCode: 1,
      error: { type: 'RuntimeError', message: 'asyncio.run() cannot be called from a running event loop', line: 9 },
    });
    expect(stderrOf(trace)).toContain("RuntimeWarning: coroutine 'my_coroutine' was never awaited");
    expect(stderrOf(trace)).toContain('File "main.py", line 9, in <module>');
  });

  it('04 event loop tasks: A, B, C start; B, A, C complete; ends at 3 s', async () => {
    const trace = await seed('04_event_loop_tasks.py');
    expect(stdoutOf(trace)).toBe(
      [
        'Task A starting', 'Task B starting', 'Task C starting',
        'Task B completed', 'Task A completed', 'Task C completed',
        "All tasks completed: ['Result from A', 'Result from B', 'Result from C']", '',
      ].join('\n'),
    );
    expect(trace.outcome.virtualTime).toBe(3);
  });

  it('05 awaitables: RuntimeError no running event loop at line 8, with the never-awaited warning', async () => {
    const trace = await seed('05_awaitables.py');
    expect(trace.outcome).toMatchObject({ status: 'error', error: { type: 'RuntimeError', message: 'no running event loop', line: 8 } });
    expect(stderrOf(trace)).toContain("coroutine 'task_func' was never awaited");
  });

  it('06 aiohttp: three fetch_url tasks run concurrently on the simulated network, no output', async () => {
    const trace = await seed('06_aiohttp_requests.py');
    expect(trace.outcome).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(trace.output).toEqual([]);
    const fetches = tasksByCoroutine(trace, 'fetch_url');
    expect(fetches).toHaveLength(3);
    const [a, b, c] = fetches;
    expect(a!.finished).toBeGreaterThan(0);
    expect([b!.created, c!.created]).toEqual([a!.created, a!.created]);
    expect([b!.finished, c!.finished]).toEqual([a!.finished, a!.finished]);
  });

  it('07 asyncpg: two queries on one connection fail as real asyncpg would', async () => {
    const trace = await seed('07_asyncpg_queries.py');
    expect(trace.outcome.status).toBe('error');
    expect(trace.outcome.error?.type).toMatch(/InterfaceError$/);
    expect(trace.outcome.error?.message).toBe('cannot perform operation: another operation is in progress');
    expect(stderrOf(trace)).toMatch(/pool/);
  });

  it('08 aiofiles: three read_file_async tasks read the sample files concurrently, no output', async () => {
    const trace = await seed('08_aiofiles_io.py');
    expect(trace.outcome).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(trace.output).toEqual([]);
    const reads = tasksByCoroutine(trace, 'read_file_async');
    expect(reads).toHaveLength(3);
    expect(new Set(reads.map((t) => t.finished)).size).toBe(1);
    expect(trace.tasks.some((t) => t.kind === 'thread')).toBe(true);
  });

  it('09 semaphore: never more than 3 inside, waves at 0, 1, 2, 3 s, ends at 4 s', async () => {
    const trace = await seed('09_semaphore.py');
    const starts = trace.output.filter((o) => o.text.endsWith('started'));
    expect(starts.map((o) => o.t)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3]);
    let inside = 0;
    let peak = 0;
    for (const o of trace.output) {
      inside += o.text.endsWith('started') ? 1 : -1;
      peak = Math.max(peak, inside);
    }
    expect(peak).toBe(3);
    expect(trace.outcome.virtualTime).toBe(4);
    expect(stdoutOf(trace).split('\n').slice(0, 7)).toEqual([
      'Task 0 started', 'Task 1 started', 'Task 2 started',
      'Task 0 completed', 'Task 1 completed', 'Task 2 completed', 'Task 3 started',
    ]);
    expect(eventsOf(trace, 'suspend').some((e) => e.wait.label === 'Semaphore.acquire()')).toBe(true);
  });

  it('10 timeout: "Operation timed out" at 2 s; slow_operation\'s sleep cancelled by the timeout at 2 s', async () => {
    const trace = await seed('10_timeout.py');
    expect(trace.output).toMatchObject([{ t: 2, text: 'Operation timed out' }]);
    const cancel = eventsOf(trace, 'cancel')[0]!;
    // Python 3.12+ wait_for awaits the coroutine inline, in main's task: the cancel lands at line 3.
    expect(cancel).toMatchObject({ t: 2, line: 3, by: null, reason: 'timeout expired' });
    expect(eventsOf(trace, 'suspend').some((e) => e.wait.label === 'sleep(5) under wait_for(timeout=2)')).toBe(true);
  });

  it('11 cancellation: Working 0..2, then cancelled at 3 s', async () => {
    const trace = await seed('11_cancellation.py');
    expect(trace.output.map((o) => [o.t, o.text])).toEqual([
      [0, 'Working... 0'], [1, 'Working... 1'], [2, 'Working... 2'],
      [3, 'Task was cancelled'], [3, 'Task cancelled successfully'],
    ]);
    const worker = tasksByCoroutine(trace, 'long_running_task')[0]!;
    expect(worker).toMatchObject({ state: 'cancelled', finished: 3 });
    const main = tasksByCoroutine(trace, 'main')[0]!;
    expect(eventsOf(trace, 'cancel')[0]).toMatchObject({ task: worker.id, by: main.id, line: 15, t: 3 });
  });

  it('12 producer/consumer: the 20 lines, then a deadlock naming the stuck consumer and main', async () => {
    const trace = await seed('12_queue_producer_consumer.py');
    const lines = stdoutOf(trace).trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(lines.slice(0, 4)).toEqual(['Produced: 0', 'Consumer A processed: 0', 'Produced: 1', 'Consumer B processed: 1']);
    expect(trace.outcome.status).toBe('deadlock');
    expect(trace.outcome.exitCode).toBe(1);
    expect(trace.outcome.deadlock).toEqual([
      expect.objectContaining({ coroutine: 'main', line: 19, waitingOn: expect.stringMatching(/^gather\(3 tasks\)/) }),
      expect.objectContaining({ coroutine: 'consumer', line: 10, waitingOn: 'Queue.get()' }),
    ]);
  });

  it.each(['13_blocking_the_loop.py', '19_benchmark.py'])('%s defines functions only: runs, prints nothing', async (name) => {
    const trace = await seed(name);
    expect(trace.outcome).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(trace.output).toEqual([]);
  });

  it('14 forgetting to await: the warning is attributed to line 4, and the run succeeds', async () => {
    const trace = await seed('14_forgetting_to_await.py');
    expect(trace.outcome).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(eventsOf(trace, 'warning')).toMatchObject([{ line: 4, category: 'RuntimeWarning', message: "coroutine 'fetch_data' was never awaited" }]);
    expect(stderrOf(trace)).toBe("main.py:4: RuntimeWarning: coroutine 'fetch_data' was never awaited\n  result = fetch_data() # This is a coroutine, not the result!\n");
  });

  it('15 mixing sync and async: CPython\'s SyntaxError at line 3', async () => {
    const trace = await seed('15_mixing_sync_async.py');
    expect(trace.outcome).toMatchObject({ status: 'error', error: { type: 'SyntaxError', message: "'await' outside async function", line: 3 } });
    expect(stderrOf(trace)).toContain('    result = await async_function() # Error!\n             ^^^^^^^^^^^^^^^^^^^^^^\n');
  });

  it.each([
    ['16_fastapi_endpoints.py', 'fastapi'],
    ['17_fastapi_background_tasks.py', 'fastapi'],
    ['18_pytest_asyncio.py', 'pytest'],
  ])('%s fails clearly for the missing module', async (name, module) => {
    const trace = await seed(name);
    expect(trace.outcome).toMatchObject({ status: 'error', exitCode: 1, error: { type: 'ModuleNotFoundError', message: `No module named '${module}'`, line: 1 } });
    expect(stderrOf(trace)).toContain('simulations of aiohttp, asyncpg and aiofiles');
  });
});
