/// <reference lib="webworker" />
/** The worker entry: boots the engine, then runs snippets. All logic lives in engine.ts. */
import { PROTOCOL_VERSION as v, type HostMessage, type WorkerMessage } from '../protocol/messages.ts';
import { createEngine, type Engine } from './engine.ts';
import { withFetchProgress } from './fetch-progress.ts';
import { pythonSources } from './python-sources.ts';

declare const self: DedicatedWorkerGlobalScope;
const post = (msg: WorkerMessage) => self.postMessage(msg);
let engine: Engine | undefined;
let interrupt: Int32Array | undefined;

async function boot(indexURL: string) {
  const t0 = performance.now();
  try {
    engine = await withFetchProgress(
      (loaded, total) => post({ type: 'boot-progress', v, phase: 'download', loaded, total }),
      async () => {
        const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as typeof import('pyodide');
        return createEngine({ loadPyodide, indexURL, sources: pythonSources, jsglobals: {} });
      },
    );
    post({ type: 'ready', v, python: engine.python, bootMs: Math.round(performance.now() - t0) });
  } catch (err) {
    post({ type: 'boot-error', v, message: String(err) });
  }
}

self.onmessage = (event: MessageEvent<HostMessage>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    interrupt = msg.interrupt ? new Int32Array(msg.interrupt) : undefined;
    void boot(msg.indexURL);
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
};
