/** Command-line arguments for `loopscope run`. Pure: parsed into a typed request or an error. */
import type { RunOptions } from '../protocol/trace.ts';

export interface RunCommand {
  file: string;
  json: boolean;
  options: Partial<RunOptions>;
  /** `--svg FILE`: also write the timeline picture there (absent when not asked for). */
  svg?: string;
}

export type ParsedArgs = { ok: true; command: RunCommand } | { ok: false; message: string; help?: boolean };

export const USAGE = `Usage: loopscope run FILE [options]

Runs a Python asyncio snippet on Loopscope's virtual-clock event loop (real CPython, in Pyodide).
Prints the program's stdout and stderr; exits 0 on success, non-zero on an uncaught
exception, a syntax error, a deadlock or a limit.

Options:
  --json                    print the whole trace as one JSON object instead (docs/trace-schema.md)
  --svg FILE                also write the timeline as an SVG picture to FILE (as the app's Download SVG)
  --max-virtual-seconds N   stop when the virtual clock passes N seconds (default 3600)
  --max-events N            stop after N trace events (default 200000)
  --max-output-chars N      stop after N characters of output (default 1000000)
  --wall-clock-ms N         real-time budget for the run in milliseconds (default 5000)
  --http-latency S          simulated aiohttp latency per request, seconds (default 0.1)
  --db-latency S            simulated asyncpg latency per query, seconds (default 0.05)
  --file-latency S          simulated aiofiles latency per operation, seconds (default 0.01)
  --no-trace                run without recording a trace (output and outcome only)
  -h, --help                show this help`;

const NUMERIC: Record<string, keyof RunOptions> = {
  '--max-virtual-seconds': 'maxVirtualSeconds',
  '--max-events': 'maxEvents',
  '--max-output-chars': 'maxOutputChars',
  '--wall-clock-ms': 'wallClockMs',
  '--http-latency': 'httpLatency',
  '--db-latency': 'dbLatency',
  '--file-latency': 'fileLatency',
};

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { ok: false, message: USAGE, help: true };
  const [command, ...rest] = argv;
  if (command !== 'run') return { ok: false, message: `Unknown command '${command}'.\n\n${USAGE}` };
  const options: Partial<RunOptions> = {};
  let file: string | undefined;
  let json = false;
  let svg: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--json') json = true;
    else if (flag === '--no-trace') options.trace = false;
    else if (flag === '--svg') {
      svg = inline ?? rest[++i];
      if (!svg || (inline === undefined && svg.startsWith('-'))) return { ok: false, message: '--svg needs a FILE to write the picture to.' };
    }
    else if (flag in NUMERIC) {
      const raw = inline ?? rest[++i];
      const value = Number(raw);
      if (raw === undefined || !Number.isFinite(value) || value < 0) return { ok: false, message: `${flag} needs a non-negative number.` };
      (options as Record<string, number>)[NUMERIC[flag]!] = value;
    } else if (flag.startsWith('-')) return { ok: false, message: `Unknown option '${flag}'.\n\n${USAGE}` };
    else if (file === undefined) file = arg;
    else return { ok: false, message: `Only one FILE, please (got '${file}' and '${arg}').` };
  }
  if (file === undefined) return { ok: false, message: `Which file? ${USAGE.split('\n')[0]}` };
  if (svg !== undefined && options.trace === false) return { ok: false, message: '--svg draws the trace: it cannot be used with --no-trace.' };
  return { ok: true, command: svg === undefined ? { file, json, options } : { file, json, options, svg } };
}
