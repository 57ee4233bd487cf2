/**
 * The real runner: Pyodide in a module Web Worker, started (pre-warmed) as soon as the runner
 * is created. Stops runaway code with the interrupt buffer where the page is cross-origin
 * isolated; when that fails, or is unavailable, it ends the worker and boots a fresh one.
 */
import { PROTOCOL_VERSION as v, type BootTimeline, type HostMessage } from '../protocol/messages.ts';
import { DEFAULT_RUN_OPTIONS, type RunOptions, type Trace } from '../protocol/trace.ts';
import { validateWorkerMessage } from '../protocol/validate.ts';
import { pyodideIndexURL } from './boot-files-list.ts';
import { bodiesOf, cancelBootFiles, handOverBootFiles, readBootFiles, requestBootFiles, transferList } from './boot-files.ts';
import { addBatch, emptyAccumulator, partialTrace, type BatchAccumulator } from './partial-trace.ts';
import type { BootInfo, RunProgress, Runner, RunnerStatus } from './runner.ts';
import { createSandboxedWorker, prefetchWorkerScript, type WorkerLike } from './sandbox/sandboxed-worker.ts';
import workerURL from '../runtime/worker.ts?worker&url';

/**
 * After the wall-clock budget, how long the engine gets to stop by itself (it interrupts its own
 * Python code at the budget) before the worker is ended: only C-level loops get that far.
 */
const TERMINATE_GRACE_MS = 1500;
/** WebAssembly memory never shrinks: past this, the next run gets a fresh runtime. */
const RESPAWN_ABOVE_HEAP_BYTES = 1024 * 1024 * 1024;

interface ActiveRun {
  runId: number;
  options: RunOptions;
  started: number;
  acc: BatchAccumulator;
  onProgress?: (p: RunProgress) => void;
  resolve: (trace: Trace) => void;
  reject: (err: Error) => void;
  timers: ReturnType<typeof setTimeout>[];
}

export interface WorkerRunnerOptions {
  /** Where Pyodide's files are served; defaults to /pyodide/ under the app's base URL. */
  indexURL?: string;
  /**
   * Untrusted code runs in a worker inside an opaque-origin, CSP-locked iframe (the default in
   * a build). The dev server's worker is not one self-contained file, so dev uses a plain worker.
   */
  sandbox?: boolean;
  createWorker?: () => WorkerLike;
  /**
   * Python's start-up (the sandbox, the worker, Pyodide's 18 MB) waits for this: the page passes
   * its first paint. Started together, they shared two cores, and the code painted ~0.3 s later
   * while Python came up no sooner: until the worker has evaluated its own script, seconds on,
   * nothing waits for the files.
   */
  startAfter?: Promise<unknown>;
}

/** The worker's start-up steps as performance marks on the page's timeline (loopscope:worker-*). */
function markBootTimeline(timeline: BootTimeline | undefined) {
  if (!timeline) return;
  for (const [step, at] of Object.entries(timeline)) {
    const startTime = at - performance.timeOrigin;
    if (startTime >= 0 && startTime <= performance.now()) performance.mark(`loopscope:worker-${step}`, { startTime });
  }
}

/** The Python worker as a build runs it (in the sandbox), or as the dev server can (a plain worker). */
function createDefaultWorker(sandbox: boolean): WorkerLike {
  return sandbox
    ? createSandboxedWorker(new URL(workerURL, location.href).href)
    : (new Worker(new URL('../runtime/worker.ts', import.meta.url), { type: 'module', name: 'loopscope-python' }) as unknown as WorkerLike);
}

export function createWorkerRunner(opts: WorkerRunnerOptions = {}): Runner {
  const indexURL = opts.indexURL ?? pyodideIndexURL(import.meta.env.BASE_URL, location.href);
  const sandbox = opts.sandbox ?? !import.meta.env.DEV;
  const createWorker = opts.createWorker ?? (() => createDefaultWorker(sandbox));
  if (sandbox && !opts.createWorker) prefetchWorkerScript(new URL(workerURL, location.href).href);
  const listeners = new Set<(s: RunnerStatus) => void>();
  let status: RunnerStatus = { state: 'booting', loaded: 0, total: 0 };
  let worker: WorkerLike | undefined; // none until startAfter
  let interrupt: Int32Array | undefined;
  let nextRunId = 1;
  let active: ActiveRun | undefined;
  let readyWaiters: (() => void)[] = [];
  let boot: BootInfo | undefined;
  // Bytes fetched for booting: by the page (Pyodide's big files) and by the worker (its module
  // scripts). The loading bar shows their sum.
  let pageBytes = { loaded: 0, total: 0 };
  let workerBytes = { loaded: 0, total: 0 };
  const showBytes = () => {
    if (status.state === 'booting') setStatus({ state: 'booting', loaded: pageBytes.loaded + workerBytes.loaded, total: pageBytes.total + workerBytes.total });
  };
  // performance marks (loopscope:*) let the bench and the boot probe split the start-up.
  performance.mark('loopscope:runner-created');
  // The runtime's Python files (290 kB of text): a chunk of their own, fetched with the first
  // spawn, cached with the bundles.
  let sources: Promise<Record<string, string>> | undefined;

  const setStatus = (s: RunnerStatus) => {
    status = s;
    if (s.state === 'ready') {
      readyWaiters.forEach((w) => w());
      readyWaiters = [];
    }
    listeners.forEach((l) => l(s));
  };

  function spawn() {
    const sab = typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated ? new SharedArrayBuffer(8) : undefined;
    interrupt = sab ? new Int32Array(sab) : undefined;
    worker = createWorker();
    worker.onmessage = (event) => onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (active) finishWithPartial('limit', 'The Python runtime crashed (out of memory?). A fresh one is starting.', 'memory');
      else setStatus({ state: 'failed', message: `The Python runtime failed to start: ${event.message ?? 'unknown error'}` });
    };
    workerBytes = { loaded: 0, total: 0 };
    pageBytes = { loaded: 0, total: 0 };
    setStatus({ state: 'booting', loaded: 0, total: 0 });
    // The worker (and its sandbox) starts at once; it gets Pyodide's files when they are here.
    // They are transferred, not copied (43 MB): a respawn fetches them again, from the HTTP
    // cache or the service worker.
    const spawned = worker;
    const current = () => worker === spawned; // not replaced while the files were on their way
    sources ??= import('../runtime/python-sources.ts').then((m) => m.pythonSources);
    void Promise.all([requestBootFiles(indexURL), sources]).then(async ([boot, sources]) => {
      performance.mark('loopscope:boot-files');
      if (!current()) return cancelBootFiles(boot);
      const init = { type: 'init', v, indexURL, sources, interrupt: sab } as const;
      const onPageBytes = (loaded: number, total: number) => {
        if (!current()) return;
        pageBytes = { loaded, total };
        showBytes();
      };
      if (spawned.takeBootFile) {
        // The sandbox compiles the wasm and unzips the snapshot while the worker is still starting.
        handOverBootFiles(boot, (file) => spawned.takeBootFile!(file), onPageBytes);
        spawned.postMessage({ ...init, filesInSandbox: true } satisfies HostMessage);
        return;
      }
      const streams = bodiesOf(boot);
      try {
        // The worker reads the bodies and reports the bytes (boot-progress).
        spawned.postMessage({ ...init, ...streams, streamedBytes: boot.total } satisfies HostMessage, transferList(streams));
        return;
      } catch {
        // A browser that cannot transfer streams (nothing was transferred): read them here.
      }
      const files = await readBootFiles(boot, onPageBytes);
      if (current()) spawned.postMessage({ ...init, ...files } satisfies HostMessage, transferList(files));
    });
  }

  function respawn() {
    worker?.terminate();
    spawn();
  }

  function settle(run: ActiveRun) {
    run.timers.forEach(clearTimeout);
    active = undefined;
  }

  function finishWithPartial(status: 'limit' | 'stopped', summary: string, kind?: 'wall-clock' | 'memory') {
    const run = active;
    if (!run) return;
    settle(run);
    const limit = kind ? { kind, message: summary, line: null } : undefined;
    run.resolve(partialTrace(run.acc, { status, summary, limit }, run.options, performance.now() - run.started));
    respawn();
  }

  function onMessage(data: unknown) {
    const checked = validateWorkerMessage(data);
    if (!checked.ok) {
      console.warn('Loopscope: ignored an invalid message from the runtime:', checked.error);
      return;
    }
    const msg = checked.message;
    switch (msg.type) {
      case 'boot-progress':
        workerBytes = { loaded: msg.loaded, total: msg.total };
        return showBytes();
      case 'ready':
        performance.mark('loopscope:python-ready');
        markBootTimeline(msg.timeline);
        boot = { ms: msg.bootMs, from: msg.bootedFrom ?? 'cold' };
        return setStatus({ state: 'ready', python: msg.python, boot });
      case 'boot-error':
        return setStatus({ state: 'failed', message: msg.message });
    }
    const run = active;
    if (!run || msg.runId !== run.runId) return; // a stale or forged run id
    switch (msg.type) {
      case 'run-started':
        run.started = performance.now();
        armWatchdog(run);
        return;
      case 'run-batch':
        addBatch(run.acc, msg);
        run.onProgress?.({ events: run.acc.events.length, output: run.acc.output.length });
        return;
      case 'run-finished':
        settle(run);
        run.resolve(msg.trace);
        if ((msg.trace.meta.heapBytes ?? 0) > RESPAWN_ABOVE_HEAP_BYTES) return respawn();
        return setStatus({ state: 'ready', python: pythonVersion, boot });
      case 'run-failed':
        settle(run);
        setStatus({ state: 'ready', python: pythonVersion, boot });
        return run.reject(new Error(msg.message));
    }
  }

  let pythonVersion = '';
  listeners.add((s) => {
    if (s.state === 'ready' && s.python) pythonVersion = s.python;
  });

  /** Asks a running snippet to stop through the shared buffer (only when cross-origin isolated). */
  function signal(reason: 2) {
    if (!interrupt) return false;
    Atomics.store(interrupt, 1, reason);
    Atomics.store(interrupt, 0, 2); // SIGINT
    return true;
  }

  function armWatchdog(run: ActiveRun) {
    const budget = run.options.wallClockMs;
    const message = `Stopped after ${budget / 1000} s of real time inside a long computation that could not be interrupted; the Python runtime was restarted.`;
    run.timers.push(setTimeout(() => finishWithPartial('limit', message, 'wall-clock'), budget + TERMINATE_GRACE_MS));
  }

  let disposed = false;
  if (opts.startAfter) void opts.startAfter.then(() => !disposed && spawn());
  else spawn();

  return {
    get status() {
      return status;
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async run(code, options = {}, onProgress) {
      if (active) throw new Error('A run is already in progress.');
      if (status.state !== 'ready') await new Promise<void>((r) => readyWaiters.push(r));
      const runId = nextRunId++;
      const full: RunOptions = { ...DEFAULT_RUN_OPTIONS, ...options };
      return new Promise<Trace>((resolve, reject) => {
        active = { runId, options: full, started: performance.now(), acc: emptyAccumulator(), onProgress, resolve, reject, timers: [] };
        setStatus({ state: 'running', runId, python: pythonVersion });
        worker!.postMessage({ type: 'run', v, runId, code, options: full } satisfies HostMessage); // ready: spawned
      });
    },
    stop() {
      const run = active;
      if (!run) return;
      if (signal(2)) run.timers.push(setTimeout(() => finishWithPartial('stopped', 'Stopped by you.'), TERMINATE_GRACE_MS));
      else finishWithPartial('stopped', 'Stopped by you.');
    },
    dispose() {
      active?.timers.forEach(clearTimeout);
      disposed = true;
      worker?.terminate();
      listeners.clear();
    },
  };
}
