// Where the tracer's overhead goes: the same snippet (default: 10,000 tasks through gather) run
// untraced, traced, and traced with parts of the tracer switched off, alternating, best CPU
// time of N rounds each. The parts are monkeypatched in the live runtime, so no file changes.
//   npx tsx scripts/dev/overhead-parts.ts [rounds] [snippet.py]
//
// "bookkeeping only" keeps every event and task record but computes none of their content
// (what a task waits on, its arguments, its lines): the cost of recording alone.
import { readFileSync } from 'node:fs';
import { createNodeEngine } from '../../src/runtime/node-engine.ts';

const rounds = Number(process.argv[2] ?? 7);
/** scripts/bench/snippets.mjs's gatherTasks(10_000). */
const GATHER = `import asyncio

async def work(i):
    await asyncio.sleep(i % 100 / 100)
    return i

async def main():
    results = await asyncio.gather(*(work(i) for i in range(10000)))
    print(len(results), "tasks done")

asyncio.run(main())
`;
const code = process.argv[3] ? readFileSync(process.argv[3], 'utf8') : GATHER;
const engine = await createNodeEngine();
const py = engine.pyodide;
py.runPython(`
from loopscope import loop, runner, steps, tasks
_saved = {}
def _patch(mod, name, value):
    _saved.setdefault((mod, name), getattr(mod, name))
    setattr(mod, name, value)
def unpatch():
    for (mod, name), value in _saved.items():
        setattr(mod, name, value)
    _saved.clear()
def _no_steps(rec, task, handle):
    handle._run()
def _no_content():
    _patch(tasks, "_arguments", lambda coro, facts: None)
    _patch(tasks, "current_line", lambda skip: None)
    _patch(steps, "wait_row", lambda task, ids: (("kind", "sleep", "label", "sleep"), None))
    _patch(steps, "frames_line", lambda frames: None)
    _patch(steps, "chain_frames", lambda coro: None)
PARTS = {
    "traced": lambda: None,
    "no wait descriptions": lambda: _patch(steps, "wait_row", lambda task, ids: (("kind", "sleep", "label", "sleep"), None)),
    "no task arguments": lambda: _patch(tasks, "_arguments", lambda coro, facts: None),
    "bookkeeping only": _no_content,
    "no steps recorded": lambda: _patch(loop, "run_step", _no_steps),
}
`);
const parts = (py.runPython('list(PARTS)').toJs() as string[]).concat('untraced');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const best = new Map<string, number>();
for (let i = 0; i < rounds; i++) {
  for (const part of i % 2 ? [...parts].reverse() : parts) {
    py.runPython(`unpatch()\n${part === 'untraced' ? '' : `PARTS[${JSON.stringify(part)}]()`}`);
    const c0 = cpu();
    engine.run(code, { trace: part !== 'untraced', wallClockMs: 600_000, maxEvents: 10_000_000 });
    best.set(part, Math.min(best.get(part) ?? Infinity, cpu() - c0));
  }
}
py.runPython('unpatch()');
const base = best.get('untraced')!;
for (const part of parts) console.log(`${part.padEnd(22)} ${best.get(part)!.toFixed(0).padStart(6)} ms CPU  ${(best.get(part)! / base).toFixed(2)}×`);
