// Golden check of the tracer: runs every snippet we have (the seed and conformance corpora, the
// gallery, the engine tests' own snippets as captured by capture-runs.setup.ts, and a few edge
// cases below) and writes each trace, minus what varies between runs (meta.wallMs, heapBytes, phasesMs),
// one JSON line per snippet. Comparing two such files shows any change in what the tracer says.
//
//   npx tsx scripts/dev/trace-golden.ts record /tmp/before.jsonl [--python DIR] [--runs /tmp/runs.jsonl]
//   npx tsx scripts/dev/trace-golden.ts compare /tmp/after.jsonl /tmp/before.jsonl [/tmp/before2.jsonl ...]
//
// Addresses in reprs (0x…) are ignored. Some traces differ from run to run anyway (set order
// by address in as_completed and TaskGroup, wall-clock limits): record the baseline twice and
// pass both; a trace that matches any of them counts as the same.
//
// --python points at another copy of src/runtime/python (e.g. the sources before a change).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../../src/runtime/engine.ts';
import { nodeBootSetup, readPythonSources } from '../../src/runtime/node-engine.ts';
import { EXAMPLES } from '../../src/examples/index.ts';
import { COMPARE_EXAMPLES } from '../../src/examples/compare/index.ts';
import type { RunOptions } from '../../src/protocol/trace.ts';

const ROOT = join(import.meta.dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** Cases the corpora touch lightly: how tasks are made, named, printed and cancelled. */
const EXTRA: Record<string, string> = {
  'task-class': `import asyncio
async def work(n):
    await asyncio.sleep(n)
    return n
async def main():
    t = asyncio.Task(work(1))
    u = asyncio.create_task(work(2), name="U")
    print(isinstance(t, asyncio.Task), type(t).__name__, asyncio.Task.__name__, t.get_name(), u.get_name())
    print(t.get_coro().__qualname__, asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print(repr(t))
    u.set_name(42)
    print(u.get_name(), await t, await u)
    print(repr(t))
asyncio.run(main())
`,
  'eager-and-custom-factories': `import asyncio
async def work(n):
    await asyncio.sleep(n)
    return n
class MyTask(asyncio.Task):
    pass
async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    print(await asyncio.gather(work(1), work(2)))
    loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
    t = asyncio.create_task(work(1))
    print(type(t).__name__, isinstance(t, asyncio.Task), await t)
    loop.set_task_factory(None)
    print(await asyncio.create_task(work(1)))
asyncio.run(main())
`,
  'cancel-variants': `import asyncio
async def sleeper(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError as e:
        print("cancelled", e.args, asyncio.current_task().cancelling())
        raise
async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(sleeper(5))
    b = asyncio.create_task(sleeper(5))
    c = asyncio.create_task(sleeper(5))
    await asyncio.sleep(0)
    a.cancel("because")
    loop.call_soon(b.cancel)
    loop.call_later(1, c.cancel)
    for t in (a, b, c):
        try:
            await t
        except asyncio.CancelledError:
            print(t.get_name(), t.cancelled())
    try:
        async with asyncio.timeout(0.5):
            await sleeper(3)
    except TimeoutError:
        print("timeout")
    try:
        await asyncio.wait_for(sleeper(3), 0.25)
    except TimeoutError:
        print("wait_for timeout")
    d = asyncio.create_task(sleeper(1))
    d.cancel()
    d.uncancel()
    print(d.cancelling())
    try:
        await d
    except asyncio.CancelledError:
        print("d cancelled before start")
asyncio.run(main())
`,
  'errors-in-tasks': `import asyncio
async def boom(n):
    await asyncio.sleep(n)
    raise ValueError(f"boom {n}")
async def waiter(t):
    return await t
async def main():
    t = asyncio.create_task(boom(1))
    w = asyncio.create_task(waiter(t))
    try:
        await w
    except ValueError as e:
        print("caught", e)
    asyncio.create_task(boom(0))
    await asyncio.sleep(1)
    asyncio.get_running_loop().call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    s = asyncio.shield(asyncio.create_task(boom(2)))
    try:
        await s
    except ValueError:
        print("shielded")
    await boom(0.5)
asyncio.run(main())
`,
  'toplevel-await-tasks': `import asyncio
async def work(i):
    await asyncio.sleep(i / 10)
    print("work", i, asyncio.current_task().get_name())
    return i
tasks = [asyncio.create_task(work(i)) for i in range(3)]
print(await asyncio.gather(*tasks))
async with asyncio.TaskGroup() as tg:
    for i in range(2):
        tg.create_task(work(i))
await asyncio.sleep(0)
print(asyncio.current_task())
`,
  'generators-and-waits': `import asyncio
async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0.1)
async def consumer(q):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
async def main():
    async for i in ticker(3):
        print(i)
    q = asyncio.Queue(maxsize=1)
    c = asyncio.create_task(consumer(q))
    for i in [1, 2, None]:
        await q.put(i)
    await q.join()
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.3, ev.set)
    done, pending = await asyncio.wait([asyncio.create_task(ev.wait()), c], return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending))
    for f in asyncio.as_completed([asyncio.sleep(0.2, "x"), asyncio.sleep(0.1, "y")]):
        print(await f)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.5, fut.set_result, 7)
    print(await fut)
    cond = asyncio.Condition()
    async def notifier():
        async with cond:
            cond.notify_all()
    async with cond:
        asyncio.create_task(notifier())
        await cond.wait()
    print(await asyncio.to_thread(sum, [1, 2, 3]))
asyncio.run(main())
`,
  'deadlock-gather': `import asyncio
async def main():
    ev = asyncio.Event()
    async def w(i):
        await ev.wait()
    await asyncio.gather(*(w(i) for i in range(3)))
asyncio.run(main())
`,
  'event-limit-in-tasks': `import asyncio
async def spin(i):
    while True:
        print(i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(spin(1), spin(2))
asyncio.run(main())
`,
  'debug-mode': `import asyncio, time
async def slow():
    time.sleep(0.2)
    await asyncio.sleep(0)
async def fails():
    raise ValueError("x")
async def main():
    await asyncio.gather(slow(), asyncio.sleep(0.1))
    asyncio.create_task(fails())
    await asyncio.sleep(0)
    loop = asyncio.new_event_loop()
    loop.close()
    try:
        loop.call_soon(print)
    except RuntimeError as e:
        print(e)
asyncio.run(main(), debug=True)
`,
  'closed-loop-traceback': `import asyncio
loop = asyncio.new_event_loop()
loop.close()
loop.call_soon(print)
`,
  'gather-1000': `import asyncio
async def work(i):
    await asyncio.sleep(i % 100 / 100)
    return i
async def main():
    results = await asyncio.gather(*(work(i) for i in range(1000)))
    print(len(results), "tasks done")
asyncio.run(main())
`,
};

interface Case {
  name: string;
  code: string;
  options: Partial<RunOptions>;
}

function cases(): Case[] {
  const out: Case[] = [];
  const dirFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.py')).sort() : []);
  const seed = join(ROOT, '../shared/corpus/seed');
  for (const f of dirFiles(seed)) out.push({ name: `seed/${f}`, code: readFileSync(join(seed, f), 'utf8'), options: {} });
  const conf = join(ROOT, 'corpus/conformance');
  for (const f of dirFiles(conf)) out.push({ name: `conformance/${f}`, code: readFileSync(join(conf, f), 'utf8'), options: {} });
  for (const e of EXAMPLES) out.push({ name: `example/${e.id}`, code: e.code, options: {} });
  for (const e of COMPARE_EXAMPLES) e.variants.forEach((v, i) => out.push({ name: `compare/${e.id}/${i}`, code: v.code, options: {} }));
  for (const [name, code] of Object.entries(EXTRA)) out.push({ name: `extra/${name}`, code, options: {} });
  out.push({ name: 'extra/event-limit-in-tasks@1000', code: EXTRA['event-limit-in-tasks']!, options: { maxEvents: 1000 } });
  out.push({ name: 'extra/gather-1000@untraced', code: EXTRA['gather-1000']!, options: { trace: false } });
  const runs = arg('--runs') ?? '/tmp/runs.jsonl';
  if (existsSync(runs)) {
    readFileSync(runs, 'utf8').trim().split('\n').forEach((line, i) => {
      const { code, options } = JSON.parse(line) as { code: string; options: Partial<RunOptions> };
      out.push({ name: `captured/${i}`, code, options });
    });
  }
  return out;
}

async function record(out: string) {
  const setup = await nodeBootSetup();
  const pythonDir = arg('--python');
  if (pythonDir) setup.sources = readPythonSources(pythonDir);
  const engine = await createEngine(setup);
  const lines: string[] = [];
  for (const c of cases()) {
    const batches: unknown[] = [];
    const options = { wallClockMs: 60_000, ...c.options };
    const trace = engine.run(c.code, options, { onBatch: (b) => batches.push(b) });
    const meta = { ...trace.meta } as Record<string, unknown>;
    delete meta.wallMs;
    delete meta.heapBytes;
    delete meta.phasesMs; // timings too
    lines.push(JSON.stringify({ name: c.name, trace: { ...trace, meta }, batches }));
  }
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} traces → ${out}`);
}

/** The first path where two JSON values differ, with both sides. */
function firstDiff(a: unknown, b: unknown, path = ''): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

function compare(file: string, baselines: string[]) {
  const load = (f: string) => new Map(readFileSync(f, 'utf8').trim().split('\n').map((l) => {
    const r = JSON.parse(l.replace(/0x[0-9a-f]+/g, '0x…')) as { name: string };
    return [r.name, r] as const;
  }));
  const a = load(file);
  const bs = baselines.map(load);
  let same = 0;
  for (const [name, ra] of a) {
    const diffs = bs.map((b) => firstDiff(ra, b.get(name)));
    if (diffs.some((d) => !d)) same++;
    else console.log(`DIFF ${name}\n  ${diffs[0]}`);
  }
  console.log(`${same} of ${a.size} traces identical`);
}

const [cmd, x, ...rest] = process.argv.slice(2);
if (cmd === 'record' && x) await record(x);
else if (cmd === 'compare' && x && rest.length) compare(x, rest);
else console.error('usage: trace-golden.ts record OUT [--python DIR] [--runs FILE] | compare FILE BASELINE...');
