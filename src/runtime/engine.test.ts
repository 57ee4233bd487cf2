/** The engine's behaviour beyond the corpora: threads, limits, bad input, isolation between runs. */
import { describe, expect, it } from 'vitest';
import { eventsOf, runCode, stderrOf, stdoutOf } from './test-support.ts';

describe('engine', { timeout: 60_000 }, () => {
  it('runs gather of three to_thread(time.sleep(0.2)) in 0.2 s, each on its own thread lane', async () => {
    const trace = await runCode(`import asyncio, time
def blocking(n):
    time.sleep(0.2)
    return n
async def main():
    t0 = time.perf_counter()
    print(await asyncio.gather(*(asyncio.to_thread(blocking, i) for i in range(3))), time.perf_counter() - t0)
asyncio.run(main())
`);
    expect(stdoutOf(trace)).toBe('[0, 1, 2] 0.2\n');
    const threads = trace.tasks.filter((t) => t.kind === 'thread');
    expect(threads.map((t) => t.name)).toEqual(['asyncio_0', 'asyncio_1', 'asyncio_2']);
    expect(eventsOf(trace, 'thread').map((e) => [e.t, e.end, e.fn])).toEqual([[0, 0.2, 'blocking'], [0, 0.2, 'blocking'], [0, 0.2, 'blocking']]);
    expect(eventsOf(trace, 'suspend').filter((e) => e.wait.kind === 'executor').map((e) => e.wait.label)).toEqual(
      Array(3).fill('to_thread(blocking)'),
    );
  });

  it('prints the same traceback traced and untraced: tasks are C Tasks either way, as in CPython', async () => {
    const code = `import asyncio
async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("boom")
async def main():
    t = asyncio.create_task(boom(), name="B")
    print(isinstance(t, asyncio.Task), t.get_name(), asyncio.current_task().get_name())
    await t
asyncio.run(main())
`;
    const [traced, untraced] = [await runCode(code), await runCode(code, { trace: false })];
    expect(stdoutOf(traced)).toBe('True B Task-1\n');
    expect(stderrOf(traced)).toBe(stderrOf(untraced));
    expect(stderrOf(traced)).not.toContain('futures.py');
  });

  it('shows time.sleep in a coroutine as the loop blocked by that task (so good() starts late)', async () => {
    const trace = await runCode(`import asyncio, time
async def bad():
    time.sleep(1)
async def good():
    await asyncio.sleep(1)
async def main():
    await asyncio.gather(bad(), good())
    print(asyncio.get_running_loop().time())
asyncio.run(main())
`);
    expect(stdoutOf(trace)).toBe('2.0\n');
    const bad = trace.tasks.find((t) => t.coroutine === 'bad')!;
    expect(eventsOf(trace, 'block')).toMatchObject([{ task: bad.id, t: 0, end: 1, line: 3, call: 'time.sleep(1)' }]);
    expect(trace.outcome.summary).toMatch(/blocked for 1\.0 s/);
  });

  it('reads the virtual clock from every time function', async () => {
    const trace = await runCode(`import asyncio, time
async def main():
    a = (time.time(), time.monotonic(), time.perf_counter(), asyncio.get_running_loop().time())
    await asyncio.sleep(5)
    b = (time.time(), time.monotonic(), time.perf_counter(), asyncio.get_running_loop().time())
    print([y - x for x, y in zip(a, b)])
asyncio.run(main())
`);
    expect(stdoutOf(trace)).toBe('[5.0, 5.0, 5.0, 5.0]\n');
  });

  it('fires timers due at the same instant in the order they were scheduled', async () => {
    const trace = await runCode(`import asyncio
async def main():
    loop = asyncio.get_running_loop()
    order = []
    for i in range(20):
        loop.call_later(1, order.append, i)
    await asyncio.sleep(2)
    print(order == list(range(20)))
asyncio.run(main())
`);
    expect(stdoutOf(trace)).toBe('True\n');
  });

  it('reports a deadlock instead of hanging, naming each stuck task, its line and what it waits on', async () => {
    const trace = await runCode(`import asyncio
async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    event = asyncio.Event()
    async def waiter():
        await event.wait()
    t = asyncio.create_task(waiter(), name="W")
    await lock.acquire()
asyncio.run(main())
`);
    expect(trace.outcome.status).toBe('deadlock');
    expect(trace.outcome.deadlock).toEqual([
      { task: 1, name: 'Task-1', coroutine: 'main', line: 9, waitingOn: 'Lock.acquire()' },
      { task: 2, name: 'W', coroutine: 'main.<locals>.waiter', line: 7, waitingOn: 'Event.wait()' },
    ]);
    expect(eventsOf(trace, 'cancel')).toEqual([]); // the stuck tasks are shown as they were, not cleaned up
  });

  it('stops at the virtual-time limit with a clear message and keeps the partial trace', async () => {
    const trace = await runCode('import asyncio\nasync def main():\n    while True:\n        print("tick")\n        await asyncio.sleep(10)\nasyncio.run(main())\n', { maxVirtualSeconds: 25 });
    expect(trace.outcome.status).toBe('limit');
    expect(trace.outcome.limit).toMatchObject({ kind: 'virtual-time' });
    expect(trace.outcome.limit!.message).toMatch(/25 s/);
    expect(stdoutOf(trace)).toBe('tick\ntick\ntick\n');
    expect(trace.outcome.exitCode).toBe(1);
  });

  it('stops at the event and output limits', async () => {
    const events = await runCode('import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n', { maxEvents: 1000 });
    expect(events.outcome.limit).toMatchObject({ kind: 'events' });
    expect(events.events.length).toBeLessThanOrEqual(1003);
    const output = await runCode('while True:\n    print("x" * 100)\n', { maxOutputChars: 10_000 });
    expect(output.outcome.limit).toMatchObject({ kind: 'output', line: 2 });
    expect(stdoutOf(output).length).toBeLessThanOrEqual(10_001);
    expect(output.outcome.truncated).toMatch(/dropped/);
  });

  it('stops code that never awaits after the wall-clock budget (engine-side check)', async () => {
    const trace = await runCode('import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n', { wallClockMs: 300, maxEvents: 10_000_000 });
    expect(trace.outcome.limit).toMatchObject({ kind: 'wall-clock' });
  });

  it('has no network: resolving and connecting fail as on an unplugged machine, saying why', async () => {
    const trace = await runCode(`import socket
try:
    socket.create_connection(("example.com", 80), timeout=1)
except OSError as e:
    print(type(e).__name__, e)
s = socket.socket()
print(s.connect_ex(("10.0.0.1", 80)) != 0)
s.connect(("10.0.0.1", 80))
`);
    expect(stdoutOf(trace)).toBe('gaierror [Errno -3] Temporary failure in name resolution\nTrue\n');
    expect(stderrOf(trace)).toMatch(/OSError: .*Network is unreachable\n.*without network access/);
    expect(trace.outcome.exitCode).toBe(1);
  });

  it('runs an empty file and says nothing ran', async () => {
    const trace = await runCode('# just a comment\n');
    expect(trace.outcome).toMatchObject({ status: 'ok', exitCode: 0, ranNothing: true, summary: 'The file is empty: nothing ran.' });
  });

  it('exits like CPython: sys.exit(n), SystemExit in a task, KeyboardInterrupt raised by the snippet', async () => {
    expect((await runCode('import sys\nprint("bye")\nsys.exit(3)\n')).outcome.exitCode).toBe(3);
    const inTask = await runCode('import asyncio\nasync def main():\n    raise SystemExit(4)\nasyncio.run(main())\n');
    expect(inTask.outcome.exitCode).toBe(4);
    const kb = await runCode('raise KeyboardInterrupt\n');
    expect(kb.outcome).toMatchObject({ status: 'error', exitCode: 130, error: { type: 'KeyboardInterrupt' } });
    expect((await runCode('import sys\nsys.exit("bad config")\n')).output).toMatchObject([{ stream: 'stderr', text: 'bad config' }]);
  });

  it('prints uncaught exceptions as CPython does, without Loopscope frames', async () => {
    const trace = await runCode('import asyncio\nasync def main():\n    raise ValueError("boom")\nasyncio.run(main())\n');
    const stderr = stderrOf(trace);
    expect(stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "main.py", line 4, in <module>\n/);
    expect(stderr).toContain('  File "main.py", line 3, in main\n    raise ValueError("boom")\nValueError: boom\n');
    expect(stderr).not.toMatch(/loopscope|__step/);
    expect(trace.outcome.error).toEqual({ type: 'ValueError', message: 'boom', line: 3 });
    const task = trace.tasks.find((t) => t.coroutine === 'main')!;
    expect(task).toMatchObject({ state: 'failed', error: 'ValueError: boom' });
  });

  it('keeps runs independent: task names restart at Task-1, no state or warnings leak', async () => {
    await runCode('import asyncio\nasync def f(): pass\nx = f()\nasyncio.run(asyncio.sleep(0))\nGLOBAL = 1\n');
    const trace = await runCode('import asyncio\nasync def main():\n    print(asyncio.current_task().get_name(), "GLOBAL" in globals())\nasyncio.run(main())\n');
    expect(stdoutOf(trace)).toBe('Task-1 False\n');
    expect(stderrOf(trace)).toBe('');
  });

  it('records who cancelled a task and where', async () => {
    const trace = await runCode(`import asyncio
async def worker():
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(worker(), name="W")
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
asyncio.run(main())
`);
    const [cancel] = eventsOf(trace, 'cancel');
    expect(cancel).toMatchObject({ task: 2, by: 1, line: 7, t: 1, reason: 'task.cancel()' });
    expect(trace.tasks.find((t) => t.name === 'W')).toMatchObject({ state: 'cancelled', finished: 1 });
    expect(eventsOf(trace, 'suspend').find((e) => e.task === 1 && e.wait.kind === 'task')?.wait).toMatchObject({ label: "Task 'W'", targets: [2] });
  });

  it('describes waits on queues, semaphores, locks and events', async () => {
    const trace = await runCode(`import asyncio
async def main():
    q = asyncio.Queue()
    sem = asyncio.Semaphore(0)
    ev = asyncio.Event()
    async def later():
        await asyncio.sleep(1)
        q.put_nowait(1); sem.release(); ev.set()
    asyncio.create_task(later())
    await asyncio.gather(q.get(), sem.acquire(), ev.wait())
asyncio.run(main())
`);
    const labels = eventsOf(trace, 'suspend').map((e) => e.wait.label);
    expect(labels).toEqual(expect.arrayContaining(['Queue.get()', 'Semaphore.acquire()', 'Event.wait()', 'sleep(1)', 'gather(3 tasks)']));
  });

  it('ends the run, not the interpreter, on os._exit and os.abort', async () => {
    const exit = await runCode('import os, asyncio\nasync def main():\n    print("before")\n    os._exit(3)\nasyncio.run(main())\nprint("never")\n');
    expect(exit.outcome).toMatchObject({ exitCode: 3, error: { type: 'SystemExit', line: 4 } });
    expect(stdoutOf(exit)).toBe('before\n');
    expect((await runCode('import os\nos.abort()\n')).outcome.exitCode).toBe(134);
    expect(stdoutOf(await runCode('print("still alive")\n'))).toBe('still alive\n');
  });

  it('stops a run whose memory grows past the limit, naming the line', async () => {
    const trace = await runCode('chunks = []\nwhile True:\n    chunks.append(bytearray(8 * 1024 * 1024))\n', { maxMemoryMB: 64 });
    expect(trace.outcome.limit).toMatchObject({ kind: 'memory', line: 3 });
    expect(trace.meta.heapBytes).toBeGreaterThan(64 * 1024 * 1024);
  });
});
