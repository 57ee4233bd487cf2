import type { Runner } from '../runner/runner.ts';
import { createWorkerRunner } from '../runner/worker-runner.ts';

/**
 * The real Pyodide worker runner by default, starting Python once `startAfter` settles (the
 * page's first paint); `?fake` replays recorded traces instead (UI work without booting Python).
 */
export async function chooseRunner(params: URLSearchParams, startAfter?: Promise<unknown>): Promise<Runner> {
  if (params.has('fake')) {
    const [{ createFakeRunner }, { allRecordings }] = await Promise.all([import('../runner/fake-runner.ts'), import('../model/fixtures/index.ts')]);
    return createFakeRunner(allRecordings(), { bootMs: Number(params.get('fake') || 900), runMs: 250 });
  }
  return createWorkerRunner({ startAfter });
}
