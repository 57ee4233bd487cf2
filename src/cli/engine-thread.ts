/** Runs the engine in a worker thread, so the CLI's main thread can interrupt a runaway snippet. */
import { parentPort } from 'node:worker_threads';
import type { RunOptions } from '../protocol/trace.ts';
import { createNodeEngine } from '../runtime/node-engine.ts';

interface Request {
  code: string;
  options: Partial<RunOptions>;
}

const enginePromise = createNodeEngine();
parentPort!.on('message', async (req: Request) => {
  const engine = await enginePromise;
  parentPort!.postMessage('started');
  const trace = engine.run(req.code, req.options);
  parentPort!.postMessage(trace);
});
