/** `loopscope run FILE`: runs a snippet through the same engine as the browser, in Node. */
import { readFileSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { buildModel } from '../model/build-model.ts';
import { DEFAULT_RUN_OPTIONS, type Trace } from '../protocol/trace.ts';
// The app's own timeline renderer, through its SVG painter: `--svg` draws what Download SVG does.
import { timelineSvg } from '../views/export/timeline-svg.ts';
import { parseArgs, type RunCommand } from './args.ts';
import { renderOutcomeNote, renderStreams } from './report.ts';
import { decodeSource } from './source-text.ts';

/**
 * Real time the engine gets past the budget to stop by itself (it interrupts its own Python
 * code at the budget) before the thread is ended: only a C-level loop gets that far.
 */
const GRACE_MS = 3000;

function runInThread(code: string, command: RunCommand): Promise<Trace | null> {
  const worker = new Worker(new URL('./engine-thread-boot.mjs', import.meta.url));
  const budget = command.options.wallClockMs ?? DEFAULT_RUN_OPTIONS.wallClockMs;
  return new Promise((resolve, reject) => {
    let killTimer: NodeJS.Timeout | undefined;
    const done = (value: Trace | null) => {
      clearTimeout(killTimer);
      void worker.terminate();
      resolve(value);
    };
    worker.once('online', () => {
      worker.postMessage({ code, options: command.options });
    });
    worker.on('message', (msg: Trace | 'started') => {
      if (msg !== 'started') return done(msg);
      // Pyodide's boot came before 'started' and is not counted.
      killTimer = setTimeout(() => done(null), budget + GRACE_MS);
    });
    worker.once('error', reject);
  });
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    (parsed.help ? process.stdout : process.stderr).write(parsed.message + '\n');
    return parsed.help ? 0 : 2;
  }
  const { command } = parsed;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(command.file);
  } catch (err) {
    process.stderr.write(`loopscope: cannot read ${command.file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return 2;
  }
  const source = decodeSource(bytes, command.file);
  if (!source.ok) {
    process.stderr.write(`loopscope: ${source.message}\n`);
    return 2;
  }
  const trace = await runInThread(source.text, command);
  if (trace === null) {
    process.stderr.write('loopscope: the snippet did not stop when interrupted (a long computation inside C code); it was ended.\n');
    return 1;
  }
  if (command.svg !== undefined) {
    try {
      writeFileSync(command.svg, timelineSvg(buildModel(trace)));
    } catch (err) {
      process.stderr.write(`loopscope: cannot write ${command.svg}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      return 2;
    }
  }
  if (command.json) {
    process.stdout.write(JSON.stringify(trace) + '\n');
  } else {
    const { stdout, stderr } = renderStreams(trace);
    process.stdout.write(stdout);
    process.stderr.write(stderr + renderOutcomeNote(trace));
  }
  return trace.outcome.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
