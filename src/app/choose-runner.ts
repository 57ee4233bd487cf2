import type { Runner } from '../runner/runner.ts';
import { createWorkerRunner } from '../runner/worker-runner.ts';

/** The real Pyodide worker runner by default; `?fake` replays recorded traces instead (UI work without booting Python). */
export async function chooseRunner(params: URLSearchParams): Promise<Runner> {
  if (params.has('fake')) {
    const [{ createFakeRunner }, { allRecordings }] = await Promise.all([import('../runner/fake-runner.ts'), import('../model/fixtures/index.ts')]);
    return createFakeRunner(allRecordings(), { bootMs: Number(params.get('fake') || 900), runMs: 250 });
  }
  return createWorkerRunner();
}
