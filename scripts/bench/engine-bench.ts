/**
 * The engine's own figures, in Node (run by run.mjs through tsx): the tracer's overhead (the
 * same snippet traced and untraced in one process, alternating, best of N) and the raw run time
 * and trace size at scale. Reads its job as JSON on stdin, prints one JSON object on stdout.
 */
import { createNodeEngine } from '../../src/runtime/node-engine.ts';

interface Job {
  /** Snippets timed traced vs untraced. */
  overhead: { name: string; code: string }[];
  /** Alternating rounds per overhead snippet; the best round of each kind counts. */
  rounds: number;
  /** A small snippet whose run time is the engine's fixed cost per run. */
  perRun: { name: string; code: string };
  scale: { tasks: number; code: string }[];
}

/** Limits high enough that no benchmark snippet is cut short. */
const UNLIMITED = { maxEvents: 10_000_000, wallClockMs: 600_000, maxOutputChars: 10_000_000 };

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Job;

const t0 = performance.now();
const engine = await createNodeEngine();
const bootMs = performance.now() - t0;

/** Wall and CPU milliseconds of one run. CPU time barely moves when other processes load the machine. */
function timed(code: string, trace: boolean) {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const result = engine.run(code, { ...UNLIMITED, trace });
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, result };
}

const overhead = job.overhead.map(({ name, code }) => {
  timed(code, true); // warm-up: imports, caches
  timed(code, false);
  const best = { traced: Infinity, untraced: Infinity, tracedCpu: Infinity, untracedCpu: Infinity };
  for (let i = 0; i < job.rounds; i++) {
    // Alternate which goes first, so drift in machine load hits both sides alike.
    for (const trace of i % 2 ? [false, true] : [true, false]) {
      const { ms, cpuMs } = timed(code, trace);
      if (trace) [best.traced, best.tracedCpu] = [Math.min(best.traced, ms), Math.min(best.tracedCpu, cpuMs)];
      else [best.untraced, best.untracedCpu] = [Math.min(best.untraced, ms), Math.min(best.untracedCpu, cpuMs)];
    }
  }
  return {
    name,
    tracedMs: best.traced,
    untracedMs: best.untraced,
    ratio: best.traced / best.untraced,
    tracedCpuMs: best.tracedCpu,
    untracedCpuMs: best.untracedCpu,
    cpuRatio: best.tracedCpu / best.untracedCpu,
  };
});

const perRun = { name: job.perRun.name, ms: Math.min(...Array.from({ length: 10 }, () => timed(job.perRun.code, true).ms)) };

const scale = job.scale.map(({ tasks, code }) => {
  const traced = timed(code, true);
  const untraced = timed(code, false);
  return {
    tasks,
    tracedMs: traced.ms,
    untracedMs: untraced.ms,
    events: traced.result.events.length,
    traceBytes: Buffer.byteLength(JSON.stringify(traced.result)),
    status: traced.result.outcome.status,
  };
});

process.stdout.write(JSON.stringify({ bootMs, python: engine.python, overhead, perRun, scale }) + '\n');
