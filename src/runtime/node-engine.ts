/** The engine in Node: Pyodide from node_modules, Python sources read from the repo. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine, type EngineSetup } from './engine.ts';

const PYTHON_DIR = join(dirname(fileURLToPath(import.meta.url)), 'python');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'tests' || entry.name === '__pycache__' ? [] : walk(path);
    return entry.name.endsWith('.py') ? [path] : [];
  });
}

/** The runtime's Python sources by relative path; `dir` is another copy of them (dev A/Bs). */
export function readPythonSources(dir = PYTHON_DIR): Record<string, string> {
  return Object.fromEntries(walk(dir).map((p) => [relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8')]));
}

/** How the engine boots in Node: Pyodide from node_modules, the repo's Python sources. */
export async function nodeBootSetup(snapshot?: Uint8Array): Promise<EngineSetup> {
  const require = createRequire(import.meta.url);
  const indexURL = dirname(require.resolve('pyodide/package.json')) + '/';
  const { loadPyodide } = await import('pyodide');
  return { loadPyodide, indexURL, sources: readPythonSources(), jsglobals: {}, snapshot };
}

export async function createNodeEngine(snapshot?: Uint8Array): Promise<Engine> {
  return createEngine(await nodeBootSetup(snapshot));
}
