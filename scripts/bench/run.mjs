#!/usr/bin/env node
/**
 * `npm run bench`: Loopscope's performance figures, measured in one run on this machine, each
 * with its budget from issue 6 and PASS/FAIL. A report, not a test: it always exits 0 (unless
 * it cannot run at all) and ends with "N of M budgets met". docs/performance.md explains each figure.
 *
 *   node scripts/bench/run.mjs [--no-build] [--quick] [--json FILE] [--markdown]
 *
 * --no-build  serve the last bench build (node_modules/.cache/loopscope-bench/dist) as it is
 * --quick     fewer repetitions and no 50,000-task run (a smoke test of the bench itself)
 * --json      also write every raw figure to FILE
 * --markdown  print the table as Markdown too (for docs/performance.md)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launch } from './browser.mjs';
import { launchBare } from './cdp.mjs';
import { coldStart } from './cold-start.mjs';
import { openPlayground, scaleRun, warmRuns } from './playground.mjs';
import { Report, atMost, kb, mb, median, ms, times } from './report.mjs';
import { BENCH_DIST, build, startCountingProxy, startPreview } from './server.mjs';
import { measureSizes } from './size.mjs';
import { aiohttpSequential, cpuHeavy, gatherTasks, hundredRequests, seed } from './snippets.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = flag('--quick');
const COLD_VISITS = quick ? 1 : 5;
const WARM_REPS = quick ? 3 : 5;
const OVERHEAD_ROUNDS = quick ? 3 : 7;
const FRAMES = quick ? 15 : 30;
const SCALE_REPS = quick ? 1 : 3; // runs of 1,000 and 10,000 tasks; 50,000 runs once (~9 s)
const SCALES = quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];
const SEEDS = [['02', '02_async_gather.py'], ['09', '09_semaphore.py'], ['12', '12_queue_producer_consumer.py']];

const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
const load = () => os.loadavg()[0].toFixed(1);
const raw = { date: new Date().toISOString(), machine: {}, loadBefore: os.loadavg() };

function engineFigures() {
  const job = {
    overhead: [
      { name: '10,000 tasks through gather', code: gatherTasks(10_000) },
      { name: 'CPU-heavy (pure-Python loops)', code: cpuHeavy },
    ],
    rounds: OVERHEAD_ROUNDS,
    perRun: { name: 'seed 02', code: seed(SEEDS[0][1]) },
    scale: SCALES.map((tasks) => ({ tasks, code: gatherTasks(tasks) })),
  };
  const r = spawnSync('npx', ['tsx', 'scripts/bench/engine-bench.ts'], { input: JSON.stringify(job), encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['pipe', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`engine-bench failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function browserFigures(dist) {
  const preview = await startPreview(dist);
  const proxy = await startCountingProxy(preview.origin);
  const browser = await launch();
  const out = { chromium: browser.version() };
  try {
    const code02 = seed(SEEDS[0][1]);
    out.cold = [];
    // Cold starts in a bare browser: Playwright's DevTools client, attached to every worker,
    // slows the Python worker's start (cdp.mjs). One visit through Playwright, for comparison.
    const bare = await launchBare();
    try {
      for (let i = 0; i < COLD_VISITS; i++) {
        log(`cold start ${i + 1}/${COLD_VISITS} (load ${load()})`);
        out.cold.push(await coldStart(bare, proxy.origin, proxy, code02));
      }
    } finally {
      await bare.close();
    }
    log(`cold start through Playwright (load ${load()})`);
    out.coldAttached = await coldStart(browser, proxy.origin, proxy, code02);
    log(`warm page (load ${load()})`);
    const { page, close } = await openPlayground(browser, proxy.origin);
    try {
      out.warm = {};
      for (const [id, file] of SEEDS) out.warm[id] = await warmRuns(page, seed(file), WARM_REPS);
      log('virtual-time speed-up');
      out.speedup = { hundred: await warmRuns(page, hundredRequests, 3), aiohttp: await warmRuns(page, aiohttpSequential, 3) };
      out.scale = [];
      for (const tasks of SCALES) {
        log(`scale: ${tasks.toLocaleString('en')} tasks (load ${load()})`);
        const result = await scaleRun(page, tasks, gatherTasks(tasks), FRAMES, tasks <= 10_000 ? SCALE_REPS : 1);
        out.scale.push(result);
        if (result.status === 'timeout') break; // the page is still busy: larger runs would only queue behind it
      }
    } finally {
      await close();
    }
  } finally {
    await browser.close();
    await proxy.stop();
    preview.stop();
  }
  return out;
}

function tabulate({ sizes, web, engine }) {
  const r = new Report();
  // A visit whose click did not produce a trace has no "drawn": that time would not be a run's.
  const mark = (marks, k) => (k === 'drawn' && !marks.status ? null : marks[k]);
  const first = (k) => median(web.cold.map((c) => mark(c.first.marks, k)));
  const second = (k) => median(web.cold.map((c) => mark(c.second.marks, k)));
  const net = (visit, part, edge) => median(web.cold.map((c) => c[visit].network[part]?.[edge]));
  const bytes = (visit, k) => median(web.cold.map((c) => c[visit].fetches[k]));

  r.section(`Cold start (fresh context of a bare headless Chromium, median of ${web.cold.length}; ms since navigation)`);
  r.add('page → editor usable', ms(first('editor')), atMost(first('editor'), 1000, ms));
  r.add('  Monaco in (replacing the plain editor) at', ms(first('monaco')));
  r.add('page → first timeline drawn (seed 02)', ms(first('drawn')), atMost(first('drawn'), 3000, ms));
  r.add('  Python worker script served at', ms(net('first', 'workerScript', 'end')));
  r.add('  Pyodide download, first → last byte', `${ms(net('first', 'pyodide', 'start'))} → ${ms(net('first', 'pyodide', 'end'))}`);
  const step = (k) => median(web.cold.map((c) => c.first.nav.steps?.[k]));
  r.add('  Python worker created → script evaluated', `${ms(step('worker-created'))} → ${ms(step('worker-evaluated'))}`);
  r.add('  worker has Pyodide\'s files → Python up', `${ms(step('worker-files'))} → ${ms(step('worker-ready'))}`);
  r.add('  Python ready (Run enabled) at', ms(first('idle')));
  r.add('  then Run → drawn', ms(median(web.cold.map((c) => mark(c.first.marks, 'drawn') - c.first.marks['run-clicked']))));
  r.add('bytes fetched', `${mb(bytes('first', 'bytes'))} in ${bytes('first', 'requests')} requests`);
  const attached = web.coldAttached?.first.marks;
  r.add('  the same through Playwright (attached to the workers; 1 visit): usable / drawn', attached ? `${ms(attached.editor)} / ${ms(mark(attached, 'drawn'))}` : 'n/a');
  r.section('Second visit (same context: HTTP cache and service worker warm)');
  r.add('page → editor usable', ms(second('editor')));
  r.add('  Monaco in at', ms(second('monaco')));
  r.add('page → first timeline drawn', ms(second('drawn')));
  r.add('  second ÷ first visit', times(second('drawn') / first('drawn')));
  r.add('bytes fetched (Pyodide), requests (304s)', `${mb(bytes('second', 'bytes'))} (${mb(bytes('second', 'pyodideBytes'))}), ${bytes('second', 'requests')} (${bytes('second', 'notModified')})`);
  r.add('page controlled by a service worker', web.cold.every((c) => c.second.nav.sw) ? 'yes' : 'no');

  r.section(`Warm run: click Run → timeline drawn (median of ${web.warm['02'].length})`);
  for (const [id] of SEEDS) {
    const runs = web.warm[id];
    const v = median(runs.map((x) => x.ms));
    r.add(`seed ${id} (of which engine in the worker ${ms(median(runs.map((x) => x.engineMs)))})`, ms(v), id === '02' ? atMost(v, 60, ms) : undefined);
  }

  r.add('seed 02 in the Node engine alone (best of 10)', ms(engine.perRun.ms));

  r.section('Virtual-time speed-up (virtual duration ÷ click → drawn)');
  for (const [name, runs] of [['guide benchmark: 100 requests async + sync', web.speedup.hundred], ['100 sequential simulated aiohttp GETs', web.speedup.aiohttp]]) {
    const wall = median(runs.map((x) => x.ms));
    r.add(`${name} (${runs[0].virtual?.toFixed(0)} s virtual, ${ms(wall)})`, times((runs[0].virtual * 1000) / wall));
  }

  r.section(`Tracer overhead (Node engine, traced ÷ untraced, best of ${OVERHEAD_ROUNDS} alternating; CPU time, wall in brackets)`);
  for (const o of engine.overhead) {
    r.add(`${o.name} (CPU ${ms(o.tracedCpuMs)} vs ${ms(o.untracedCpuMs)})`, `${times(o.cpuRatio)} (${times(o.ratio)})`, atMost(o.cpuRatio, 1.5, (x) => `${x}×`));
  }

  r.section('Scale: n tasks through gather');
  for (const s of web.scale) {
    const e = engine.scale.find((x) => x.tasks === s.tasks);
    const n = s.tasks.toLocaleString('en');
    const finished = s.status === 'ok' && s.traceTasks > s.tasks; // every task, plus <main>
    r.add(`${n}: engine in Node, traced / untraced`, `${ms(e?.tracedMs)} / ${ms(e?.untracedMs)}`);
    r.add(`${n}: trace events, JSON size`, `${(s.events || e?.events || 0).toLocaleString('en')}, ${mb(s.jsonBytes)}`);
    r.add(`${n}: click → drawn${s.reps > 1 ? `, median of ${s.reps}` : ''} (engine in worker ${ms(s.engineMs)}${s.raises ? `; after ${s.raises} limit raise${s.raises > 1 ? 's' : ''}` : ''})`, finished ? ms(s.ms) : `${s.status} (${s.limit})`, s.tasks === 10_000 ? atMost(finished ? s.ms : null, 2000, ms) : undefined);
    if (s.nav) {
      r.add(`${n}: zoom frame p50 / p95 (work p95)`, `${ms(s.nav.zoom.p50)} / ${ms(s.nav.zoom.p95)} (${ms(s.nav.zoomWork.p95)})`, s.tasks === 10_000 ? atMost(s.nav.zoom.p95, 20, ms) : undefined);
      r.add(`${n}: pan frame p50 / p95 (work p95)`, `${ms(s.nav.pan.p50)} / ${ms(s.nav.pan.p95)} (${ms(s.nav.panWork.p95)})`);
    }
    if (s.tasks === 50_000) {
      // "Still drawn and navigable": the run finishes from the UI, the timeline draws, and zoom/pan keep ≥ 10 frames a second.
      const worst = s.nav ? Math.max(s.nav.zoom.p95, s.nav.pan.p95) : null;
      r.add(`${n}: drawn and navigable (zoom/pan p95)`, s.nav ? ms(worst) : 'not drawn', { text: 'drawn, p95 ≤ 100 ms', ok: s.nav ? worst <= 100 : false });
    }
    if (s.heapBytes) r.add(`${n}: page JS heap after drawing`, mb(s.heapBytes));
  }

  r.section('Size (gzip -9)');
  r.add('initial JS, before Monaco and Pyodide', kb(sizes.initialJsGzip), atMost(sizes.initialJsGzip / 1000, 250, (x) => `${x} kB`));
  r.add('initial CSS', kb(sizes.initialCssGzip));
  r.add('Monaco (lazy: editor chunks + CSS)', kb(sizes.monacoGzip));
  r.add('Monaco editor worker', kb(sizes.editorWorkerGzip));
  r.add('Python worker script', kb(sizes.pythonWorkerGzip));
  r.add('Pyodide files (raw; wasm gzips to)', `${mb(sizes.pyodideRaw)} (${mb(sizes.wasmGzip)})`);
  r.add('bytes fetched on a cold start (as served)', mb(bytes('first', 'bytes')));
  return r;
}

async function main() {
  const dist = option('--dist') ?? BENCH_DIST;
  raw.machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version };
  if (!flag('--no-build')) {
    log('building');
    raw.buildMs = build(dist);
  } else if (!existsSync(dist)) throw new Error(`${dist} does not exist: run without --no-build first`);
  raw.sizes = measureSizes(dist);
  raw.web = await browserFigures(dist);
  log(`Node engine (load ${load()})`);
  raw.engine = engineFigures();
  raw.loadAfter = os.loadavg();

  const report = tabulate({ sizes: raw.sizes, web: raw.web, engine: raw.engine });
  const [l1] = raw.loadBefore;
  console.log(`Loopscope bench · ${raw.date} · ${raw.machine.cpus} CPUs, ${raw.machine.memoryGB} GB · Chromium ${raw.web.chromium} · Node ${process.version} · Python ${raw.engine.python}`);
  console.log(`load average ${l1.toFixed(1)} before, ${raw.loadAfter[0].toFixed(1)} after${Math.max(l1, raw.loadAfter[0]) > raw.machine.cpus ? '  (busy machine: absolute times are inflated; ratios hold better)' : ''}`);
  console.log(report.text());
  if (flag('--markdown')) console.log('\n' + report.markdown());
  const json = option('--json');
  if (json) writeFileSync(json, JSON.stringify(raw, null, 1));
}

main().catch((err) => {
  console.error(`bench: could not run: ${err.stack ?? err}`);
  process.exit(1);
});
