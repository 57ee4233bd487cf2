/**
 * Imported first by main.tsx, so it runs before the rest of the app's modules are evaluated:
 * starts the Python worker (sandbox, worker script, Pyodide's JavaScript) at the earliest
 * moment. Not for `?fake`, which boots no Python.
 */
import { prestartWorker } from '../runner/worker-runner.ts';

if (!new URLSearchParams(location.search).has('fake')) prestartWorker();
