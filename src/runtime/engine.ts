/**
 * The engine: boots Pyodide, loads Loopscope's Python runtime into it, and runs snippets.
 * Runs unchanged in a module Web Worker and in Node (tests, CLI): everything environment-
 * specific (how to load Pyodide, where its files are, the Python sources) is passed in.
 */
import type { PyodideAPI } from 'pyodide';
import type { PyBuffer } from 'pyodide/ffi';
import { bootRuntime, type BootSetup } from './boot.ts';
import { decodePayload } from './trace-decode.ts';
import { DEFAULT_RUN_OPTIONS, type OutputLine, type RunOptions, type TaskInfo, type Trace, type TraceEvent } from '../protocol/trace.ts';

/** Why the interpreter was interrupted, as the runtime reads it (runner.py's INTERRUPT_*). */
const INTERRUPT_WALL_CLOCK = 1;
const INTERRUPT_STOP = 2;
const INTERRUPT_MEMORY = 3;
/** How long after the wall-clock budget the clock interrupt fires, in milliseconds. */
const INTERRUPT_SLACK_MS = 100;

export type EngineSetup = BootSetup;

export interface TraceBatch {
  events: TraceEvent[];
  output: OutputLine[];
  tasks: TaskInfo[];
}

export interface RunHooks {
  /** Called with each streamed slice of the trace while the run goes on. */
  onBatch?: (batch: TraceBatch) => void;
  /**
   * Optional shared interrupt buffer (Int32Array over a SharedArrayBuffer, length ≥ 2), for a
   * host on another thread: it writes the reason into slot 1 (1 = wall-clock budget, 2 = stop)
   * and then 2 (SIGINT) into slot 0. The wall-clock budget works without it.
   */
  interruptBuffer?: Int32Array;
}

export interface Engine {
  readonly python: string;
  /** Whether Python came up from a memory snapshot or cold. */
  readonly bootedFrom: 'snapshot' | 'cold';
  /** The interpreter itself, for benchmarks and profiling scripts. */
  readonly pyodide: PyodideAPI;
  run(code: string, options?: Partial<RunOptions>, hooks?: RunHooks): Trace;
}

export async function createEngine(setup: EngineSetup): Promise<Engine> {
  const { pyodide, from: bootedFrom } = await bootRuntime(setup);
  const runner = pyodide.pyimport('loopscope.runner');
  const python = String(pyodide.runPython('import sys; sys.version.split()[0]'));

  // Pyodide polls its "interrupt buffer" from the interpreter loop, reading slot 0. This object
  // answers from a clock, so code that never yields is stopped at the wall-clock budget, with
  // its line, in any thread and without SharedArrayBuffer (sandboxed workers have none). When
  // the host shares a buffer, its slot 0 still works for Stop.
  let deadline = Infinity;
  let reason = 0;
  let shared: Int32Array | undefined;
  // WebAssembly memory only grows: a run is held to a budget of growth from where it started.
  // (Pyodide's private Module; pinned version, checked at boot.)
  const wasm = (pyodide as unknown as { _module?: { HEAP8?: Int8Array } })._module;
  const heapBytes = () => wasm?.HEAP8?.length ?? 0;
  let heapCeiling = Infinity;
  pyodide.setInterruptBuffer({
    get 0() {
      if (shared && Atomics.load(shared, 0) === 2) {
        reason = Atomics.load(shared, 1) || INTERRUPT_STOP;
        Atomics.store(shared, 0, 0);
        return 2;
      }
      if (performance.now() > deadline) {
        deadline = Infinity;
        reason = INTERRUPT_WALL_CLOCK;
        return 2; // SIGINT
      }
      if (heapBytes() > heapCeiling) {
        heapCeiling = Infinity;
        reason = INTERRUPT_MEMORY;
        return 2;
      }
      return 0;
    },
    set 0(_value: number) {},
  } as unknown as Int32Array);

  return {
    python,
    bootedFrom,
    pyodide,
    run(code, options = {}, hooks = {}) {
      const opts: RunOptions = { ...DEFAULT_RUN_OPTIONS, ...options };
      shared = hooks.interruptBuffer;
      if (shared) {
        // An interrupt left over from the previous run would land in this one.
        Atomics.store(shared, 0, 0);
        Atomics.store(shared, 1, 0);
      }
      reason = 0;
      const onBatch = hooks.onBatch;
      // A batch's bytes are lent for the call (Pyodide releases them after it): decode, don't keep.
      const emit = onBatch ? (payload: string | PyBuffer) => onBatch(decodePayload<TraceBatch>(payload, false)) : undefined;
      // The engine checks the budget itself whenever the snippet yields; the clock interrupt
      // comes a little later, for code that never does.
      // Compiling gets its own budget (a huge paste), the snippet's run starts a fresh one.
      deadline = performance.now() + 4 * opts.wallClockMs;
      heapCeiling = heapBytes() + opts.maxMemoryMB * 1024 * 1024;
      let payload: string | PyBuffer;
      const called = performance.now();
      try {
        const startClock = (start: boolean) => {
          deadline = start ? performance.now() + opts.wallClockMs + INTERRUPT_SLACK_MS : Infinity;
          if (!start) heapCeiling = Infinity;
        };
        payload = runner.run(code, JSON.stringify(opts), emit, () => reason, startClock) as string | PyBuffer;
      } finally {
        deadline = Infinity;
        heapCeiling = Infinity;
      }
      const decoding = performance.now();
      const trace = decodePayload<Trace>(payload, true);
      const phasesMs = { ...trace.meta.phasesMs, call: decoding - called, decode: performance.now() - decoding };
      return { ...trace, meta: { ...trace.meta, phasesMs, heapBytes: heapBytes() } };
    },
  };
}
