/**
 * The engine: boots Pyodide, loads Loopscope's Python runtime into it, and runs snippets.
 * Runs unchanged in a module Web Worker and in Node (tests, CLI): everything environment-
 * specific (how to load Pyodide, where its files are, the Python sources) is passed in.
 */
import type { PyodideAPI } from 'pyodide';
import { DEFAULT_RUN_OPTIONS, type OutputLine, type RunOptions, type TaskInfo, type Trace, type TraceEvent } from '../protocol/trace.ts';

/** Where the runtime's Python files live inside Pyodide's file system. */
const RUNTIME_ROOT = '/lib/loopscope_rt';

export interface EngineSetup {
  loadPyodide: (config: { indexURL: string; jsglobals?: object; stdout?: (s: string) => void; stderr?: (s: string) => void }) => Promise<PyodideAPI>;
  indexURL: string;
  /** Python sources by path relative to src/runtime/python ("loopscope/loop.py"). */
  sources: Record<string, string>;
  /** The object Python's `js` module sees; an empty object hides the host's globals. */
  jsglobals?: object;
}

/** An event as the Python runtime sends it: [t, type, task, line, extra fields or null]. */
type EventRow = [number, TraceEvent['type'], number, number | null, Record<string, unknown> | null];

function expandEvents(rows: EventRow[]): TraceEvent[] {
  return rows.map(([t, type, task, line, extra]) => ({ t, type, task, line, ...extra }) as TraceEvent);
}

export interface TraceBatch {
  events: TraceEvent[];
  output: OutputLine[];
  tasks: TaskInfo[];
}

export interface RunHooks {
  /** Called with each streamed slice of the trace while the run goes on. */
  onBatch?: (batch: TraceBatch) => void;
  /**
   * Shared interrupt buffer (Int32Array over a SharedArrayBuffer, length ≥ 2). The host writes
   * the reason into slot 1 (1 = wall-clock budget, 2 = stop) and then 2 (SIGINT) into slot 0.
   */
  interruptBuffer?: Int32Array;
}

export interface Engine {
  readonly python: string;
  /** The interpreter itself, for benchmarks and profiling scripts. */
  readonly pyodide: PyodideAPI;
  run(code: string, options?: Partial<RunOptions>, hooks?: RunHooks): Trace;
}

export async function createEngine(setup: EngineSetup): Promise<Engine> {
  const pyodide = await setup.loadPyodide({
    indexURL: setup.indexURL,
    jsglobals: setup.jsglobals,
    stdout: () => {},
    stderr: () => {},
  });
  for (const [path, text] of Object.entries(setup.sources)) {
    const full = `${RUNTIME_ROOT}/${path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    pyodide.FS.writeFile(full, text);
  }
  pyodide.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(RUNTIME_ROOT)})\nimport loopscope.runner`);
  const runner = pyodide.pyimport('loopscope.runner');
  const python = String(pyodide.runPython('import sys; sys.version.split()[0]'));
  let interrupt: Int32Array | undefined;

  return {
    python,
    pyodide,
    run(code, options = {}, hooks = {}) {
      const opts: RunOptions = { ...DEFAULT_RUN_OPTIONS, ...options };
      if (hooks.interruptBuffer !== interrupt) {
        interrupt = hooks.interruptBuffer;
        pyodide.setInterruptBuffer(interrupt ?? new Int32Array(1));
      }
      if (interrupt) {
        // An interrupt left over from the previous run would land in this one.
        Atomics.store(interrupt, 0, 0);
        Atomics.store(interrupt, 1, 0);
      }
      const onBatch = hooks.onBatch;
      const emit = onBatch
        ? (json: string) => {
            const batch = JSON.parse(json) as Omit<TraceBatch, 'events'> & { events: EventRow[] };
            onBatch({ ...batch, events: expandEvents(batch.events) });
          }
        : undefined;
      const reason = () => (interrupt ? Atomics.load(interrupt, 1) : 0);
      const json = runner.run(code, JSON.stringify(opts), emit, reason) as string;
      const trace = JSON.parse(json) as Omit<Trace, 'events'> & { events: EventRow[] };
      return { ...trace, events: expandEvents(trace.events) };
    },
  };
}
