/**
 * A/B of copies of the runtime's Python sources (src/runtime/python) in one Node process: one
 * engine per copy, every round runs each copy traced and untraced in alternating order, and the
 * medians and minima of CPU time are printed. On this shared machine two separate processes
 * differ by ±10% or more; copies compared in one process do not.
 *
 *   cp -r src/runtime/python /tmp/before   # then change src/runtime/python
 *   npx tsx scripts/dev/python-ab.ts /tmp/before src/runtime/python [rounds=7] [tasks=10000]
 *   SNIPPET=file.py npx tsx scripts/dev/python-ab.ts DIR DIR ...   # another snippet
 *
 * "ratio pooled" divides a copy's traced median by the median of every copy's untraced runs
 * together: a change to the tracer alone leaves the untraced run as it was, and more samples
 * steady the ratio.
 */
import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '../../src/runtime/engine.ts';
import { nodeBootSetup, readPythonSources } from '../../src/runtime/node-engine.ts';

const snippets: string = '../bench/snippets.mjs';
const { gatherTasks } = (await import(snippets)) as { gatherTasks: (n: number) => string };

const dirs = process.argv.slice(2).filter((a) => !/^\d+$/.test(a));
const [rounds = 7, tasks = 10_000] = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
if (dirs.length < 2) throw new Error('usage: python-ab.ts DIR DIR [...] [rounds] [tasks]');
const code = process.env.SNIPPET ? readFileSync(process.env.SNIPPET, 'utf8') : gatherTasks(tasks);

const setup = await nodeBootSetup();
const engines = new Map<string, Engine>();
for (const dir of dirs) engines.set(dir, await createEngine({ ...setup, sources: readPythonSources(dir) }));

const UNLIMITED = { maxEvents: 10_000_000, wallClockMs: 600_000, maxOutputChars: 10_000_000 };
const cpu = new Map<string, number[]>(); // `${dir} traced|untraced` → CPU ms per run
for (let round = -1; round < rounds; round++) {
  for (const dir of round % 2 ? dirs : [...dirs].reverse()) {
    for (const trace of round % 2 ? [true, false] : [false, true]) {
      const start = process.cpuUsage();
      engines.get(dir)!.run(code, { ...UNLIMITED, trace });
      const used = process.cpuUsage(start);
      if (round < 0) continue; // warm-up
      const key = `${dir} ${trace ? 'traced' : 'untraced'}`;
      cpu.set(key, [...(cpu.get(key) ?? []), (used.user + used.system) / 1000]);
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const pooled = dirs.flatMap((dir) => cpu.get(`${dir} untraced`)!);
const row = (...cells: string[]) => console.log(cells[0]!.padEnd(40), ...cells.slice(1).map((c) => c.padStart(12)));
row('CPU ms (median / min)', 'traced', 'untraced', 'ratio', 'ratio pooled');
for (const dir of dirs) {
  const t = cpu.get(`${dir} traced`)!;
  const u = cpu.get(`${dir} untraced`)!;
  row(dir, `${median(t).toFixed(0)} / ${Math.min(...t).toFixed(0)}`, `${median(u).toFixed(0)} / ${Math.min(...u).toFixed(0)}`,
    `${(median(t) / median(u)).toFixed(2)}×`, `${(median(t) / median(pooled)).toFixed(2)}×`);
}
