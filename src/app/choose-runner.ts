import type { Runner, RunnerStatus } from '../runner/runner.ts';

type WorkerRunnerModule = { createWorkerRunner(): Runner };

/**
 * The real Pyodide worker runner by default; `?fake` replays recorded traces instead
 * (UI work without booting Python). The glob keeps this building while the worker
 * runner module is still being written: when it is missing, the page says so.
 */
const workerRunner = import.meta.glob<WorkerRunnerModule>('../runner/worker-runner.ts');

export async function chooseRunner(params: URLSearchParams): Promise<Runner> {
  if (params.has('fake')) {
    const [{ createFakeRunner }, { allRecordings }] = await Promise.all([import('../runner/fake-runner.ts'), import('../model/fixtures/index.ts')]);
    return createFakeRunner(allRecordings(), { bootMs: Number(params.get('fake') || 900), runMs: 250 });
  }
  const load = Object.values(workerRunner)[0];
  if (!load) return unavailable('the Python engine is not part of this build');
  return (await load()).createWorkerRunner();
}

function unavailable(message: string): Runner {
  const status: RunnerStatus = { state: 'failed', message };
  return {
    status,
    onStatus: () => () => {},
    run: () => Promise.reject(new Error(message)),
    stop: () => {},
    dispose: () => {},
  };
}
