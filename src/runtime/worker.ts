/// <reference lib="webworker" />
/** The worker entry: boots the engine, then runs snippets. All logic lives in engine.ts. */
import { BOOT_PROGRESS_EVERY_MS, PROTOCOL_VERSION as v, type HostMessage, type WorkerMessage } from '../protocol/messages.ts';
import { createEngine, type Engine } from './engine.ts';
import { compileWhileArriving, withPrecompiled } from './early-compile.ts';
import { receiveFiles } from './receive-files.ts';
import { withWorkerFetch } from './worker-fetch.ts';
// Pyodide's JavaScript is bundled into this worker (one file, started from a data: URL in the
// sandbox): nothing but its data files is fetched, and those come from the page.
import { loadPyodide } from 'pyodide';
import createPyodideModule from 'pyodide/pyodide.asm.mjs';

declare const self: DedicatedWorkerGlobalScope;
/** Epoch milliseconds now, on this worker's clock (see BootTimeline). */
const epoch = () => performance.timeOrigin + performance.now();
const evaluated = epoch();
/**
 * Where the page is: this worker's own scope (a plain worker, in dev), or a MessagePort the
 * sandbox's relay hands over as the first message (the page and this worker then talk directly).
 */
let page: { postMessage(msg: WorkerMessage): void } = self;
const post = (msg: WorkerMessage) => page.postMessage(msg);
let engine: Engine | undefined;
/** Pyodide's WebAssembly, among the files the page hands over. */
const WASM_FILE = 'pyodide.asm.wasm';
let interrupt: Int32Array | undefined;
/**
 * Pyodide's files as the sandbox's relay read them (init's `filesInSandbox`): the snapshot
 * unzipped, and the wasm compiled (then not among the files) unless the module would not post.
 */
interface SandboxBoot {
  files: Record<string, ArrayBuffer>;
  snapshot?: ArrayBuffer;
  module?: WebAssembly.Module;
  /** When the relay had compiled it (epoch ms). */
  compiledAt?: number;
}
let fromSandbox: (boot: SandboxBoot) => void = () => {};
const sandboxBoot = new Promise<SandboxBoot>((resolve) => (fromSandbox = resolve));

async function boot(msg: Extract<HostMessage, { type: 'init' }>) {
  const t0 = performance.now();
  const init = epoch();
  const { indexURL } = msg;
  try {
    // Bytes arriving through the page's streams, then any Pyodide fetches itself: one bar.
    const streamed = { loaded: 0, total: msg.streamedBytes ?? 0 };
    let reported = 0;
    const report = (loaded: number, total: number, force = false) => {
      const now = performance.now();
      if (!force && now - reported < BOOT_PROGRESS_EVERY_MS) return;
      reported = now;
      post({ type: 'boot-progress', v, phase: 'download', loaded, total: Math.max(total, loaded) });
    };
    report(0, streamed.total, true);
    let compiled: Promise<WebAssembly.Module | null> = Promise.resolve(null);
    let compiledAt: number | undefined;
    let received: { files: Record<string, ArrayBuffer>; snapshot?: Uint8Array };
    if (msg.filesInSandbox) {
      const got = await sandboxBoot;
      received = { files: got.files, snapshot: got.snapshot && new Uint8Array(got.snapshot) };
      if (got.module) {
        compiled = Promise.resolve(got.module);
        compiledAt = got.compiledAt;
        // Pyodide still asks for the file before instantiating: an empty body, which it discards
        // for the precompiled module (withPrecompiled).
        received.files[WASM_FILE] ??= new ArrayBuffer(0);
      }
    } else {
      const handed = { ...msg.files };
      const wasm = handed[WASM_FILE];
      if (wasm instanceof ReadableStream) ({ rest: handed[WASM_FILE], module: compiled } = compileWhileArriving(wasm));
      else if (wasm) compiled = WebAssembly.compile(wasm).catch(() => null); // the page read it (streams did not transfer)
      void compiled.then((m) => (compiledAt = m ? epoch() : undefined));
      received = await receiveFiles(handed, msg.snapshot, (n) => {
        streamed.loaded += n;
        report(streamed.loaded, streamed.total);
      });
    }
    report(streamed.loaded, streamed.total, true);
    const files = epoch();
    engine = await withWorkerFetch(
      indexURL,
      received.files,
      (loaded, total) => report(streamed.loaded + loaded, streamed.total + total, true),
      () =>
        withPrecompiled(compiled, () =>
          createEngine({ loadPyodide: (config) => loadPyodide({ ...config, createPyodideModule }), indexURL, sources: msg.sources, jsglobals: {}, snapshot: received.snapshot }),
        ),
    );
    const timeline = { created: performance.timeOrigin, evaluated, init, files, compiled: compiledAt, ready: epoch() };
    post({ type: 'ready', v, python: engine.python, bootMs: Math.round(performance.now() - t0), bootedFrom: engine.bootedFrom, timeline });
  } catch (err) {
    post({ type: 'boot-error', v, message: String(err) });
  }
}

function onHostMessage(event: MessageEvent<HostMessage>) {
  const msg = event.data;
  if (msg.type === 'init') {
    interrupt = msg.interrupt ? new Int32Array(msg.interrupt) : undefined;
    void boot(msg);
  } else if (msg.type === 'run') {
    const { runId } = msg;
    if (!engine) return post({ type: 'run-failed', v, runId, message: 'The Python runtime is not ready yet.' });
    post({ type: 'run-started', v, runId });
    try {
      const trace = engine.run(msg.code, msg.options, {
        interruptBuffer: interrupt,
        onBatch: (batch) => post({ type: 'run-batch', v, runId, ...batch }),
      });
      post({ type: 'run-finished', v, runId, trace });
    } catch (err) {
      post({ type: 'run-failed', v, runId, message: String(err) });
    }
  }
}

self.onmessage = (event: MessageEvent) => {
  const data = event.data as { __port?: boolean; __boot?: SandboxBoot } | null;
  // In the sandbox, the relay's own two messages: the page's port, then Pyodide's files.
  if (data?.__boot) return fromSandbox(data.__boot);
  const port = data?.__port ? event.ports[0] : undefined;
  if (!port) return onHostMessage(event);
  page = port;
  port.onmessage = onHostMessage;
};
