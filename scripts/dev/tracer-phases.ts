/**
 * Where the tracer's overhead goes, phase by phase: 10,000 tasks through gather (the bench's
 * overhead snippet), traced and untraced alternating in one Node process; medians of
 * trace.meta.phasesMs and of the whole call's CPU time.
 *
 *   npx tsx scripts/dev/tracer-phases.ts [rounds=9] [tasks=10000]
 */
import { createNodeEngine } from '../../src/runtime/node-engine.ts';

// The bench's own snippet (a plain .mjs without types: imported by a path TypeScript does not resolve).
const snippets: string = '../bench/snippets.mjs';
const { gatherTasks } = (await import(snippets)) as { gatherTasks: (n: number) => string };

const rounds = Number(process.argv[2] ?? 9);
const code = gatherTasks(Number(process.argv[3] ?? 10_000));
const engine = await createNodeEngine();
const UNLIMITED = { maxEvents: 10_000_000, wallClockMs: 600_000, maxOutputChars: 10_000_000 };
const samples: Record<string, Record<string, number[]>> = { traced: {}, untraced: {} };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (let i = -1; i < rounds; i++) {
  for (const trace of i % 2 ? [true, false] : [false, true]) {
    const cpu0 = process.cpuUsage();
    const result = engine.run(code, { ...UNLIMITED, trace });
    const cpu = process.cpuUsage(cpu0);
    if (i < 0) continue; // warm-up
    const phases = { ...(result.meta as { phasesMs?: Record<string, number> }).phasesMs, whole: (cpu.user + cpu.system) / 1000 };
    const into = samples[trace ? 'traced' : 'untraced']!;
    for (const [k, v] of Object.entries(phases)) (into[k] ??= []).push(v);
  }
}
const keys = Object.keys(samples.traced!);
console.log('phase'.padEnd(10), 'traced'.padStart(9), 'untraced'.padStart(9), 'extra'.padStart(9));
for (const k of keys) {
  const t = median(samples.traced![k] ?? [0]);
  const u = median(samples.untraced![k] ?? [0]);
  console.log(k.padEnd(10), t.toFixed(1).padStart(9), u.toFixed(1).padStart(9), (t - u).toFixed(1).padStart(9));
}
console.log(`ratio (whole, CPU): ${(median(samples.traced!.whole!) / median(samples.untraced!.whole!)).toFixed(2)}×`);
