/**
 * Bringing up Python with Loopscope's runtime imported: cold (Pyodide's own boot, then the
 * imports) or from a memory snapshot taken right after those imports. A snapshot restores in a
 * fraction of a cold boot (it skips the interpreter's start-up and the asyncio imports), so the
 * build ships one (scripts/vite-plugin-pyodide.ts) and Stop's respawn uses it too.
 *
 * Snapshots are Pyodide's private API (`_makeSnapshot` / `_loadSnapshot`): the Pyodide version is
 * pinned, a snapshot carries a fingerprint of the Pyodide version and the runtime's sources that
 * is checked after restoring, and anything unexpected falls back to the cold boot.
 */
import type { PyodideAPI } from 'pyodide';

/** Where the runtime's Python files live inside Pyodide's file system. */
export const RUNTIME_ROOT = '/lib/loopscope_rt';

export interface PyodideConfig {
  indexURL: string;
  jsglobals?: object;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  _makeSnapshot?: boolean;
  _loadSnapshot?: Uint8Array;
}

export interface BootSetup {
  loadPyodide: (config: PyodideConfig) => Promise<PyodideAPI>;
  indexURL: string;
  /** Python sources by path relative to src/runtime/python ("loopscope/loop.py"). */
  sources: Record<string, string>;
  /** The object Python's `js` module sees; an empty object hides the host's globals. */
  jsglobals?: object;
  /** A snapshot made by makeRuntimeSnapshot from the same Pyodide and sources. */
  snapshot?: Uint8Array;
}

export interface Booted {
  pyodide: PyodideAPI;
  /** How Python came up: from the snapshot, or cold (no snapshot, or it did not fit). */
  from: 'snapshot' | 'cold';
}

/** FNV-1a over the Pyodide version and every source file: which runtime a snapshot holds. */
export function runtimeFingerprint(pyodideVersion: string, sources: Record<string, string>): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  mix(pyodideVersion);
  for (const path of Object.keys(sources).sort()) {
    mix(`\0${path}\0`);
    mix(sources[path]!);
  }
  return h.toString(16).padStart(8, '0');
}

function config(setup: BootSetup, extra: Partial<PyodideConfig> = {}): PyodideConfig {
  return { indexURL: setup.indexURL, jsglobals: setup.jsglobals, stdout: () => {}, stderr: () => {}, ...extra };
}

/**
 * The runtime's files go into Pyodide's file system on every boot: a memory snapshot holds the
 * wasm heap (the imported modules), not the file system, and the simulated libraries
 * (aiohttp, asyncpg, aiofiles) are imported from these files during runs.
 */
function writeSources(pyodide: PyodideAPI, sources: Record<string, string>) {
  for (const [path, text] of Object.entries(sources)) {
    const full = `${RUNTIME_ROOT}/${path}`;
    pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    pyodide.FS.writeFile(full, text);
  }
}

// Each run ends with a full gc.collect (a script's unawaited coroutines warn inside its run),
// and a full collection walks every tracked object: the interpreter's own ~20k, from boot, cost
// 8 ms a run in Node and 17+ ms in a browser worker. Frozen here, they are skipped; and frozen
// before the build's snapshot is taken, a restore does not pay for the collection either.
const IMPORT_RUNTIME = `import sys
if ${JSON.stringify(RUNTIME_ROOT)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(RUNTIME_ROOT)})
import loopscope.runner
loopscope.imports.warm_stdlib()
import gc
gc.collect()
gc.freeze()`;

/** Pyodide with the runtime imported, ready for a snapshot. Runs in Node at build time. */
export async function makeRuntimeSnapshot(setup: BootSetup): Promise<Uint8Array> {
  const pyodide = await setup.loadPyodide(config(setup, { _makeSnapshot: true }));
  writeSources(pyodide, setup.sources);
  pyodide.runPython(IMPORT_RUNTIME);
  const fingerprint = runtimeFingerprint(pyodide.version, setup.sources);
  pyodide.runPython(`import loopscope\nloopscope.SNAPSHOT_FINGERPRINT = ${JSON.stringify(fingerprint)}`);
  return (pyodide as unknown as { makeMemorySnapshot(): Uint8Array }).makeMemorySnapshot();
}

async function restore(setup: BootSetup, snapshot: Uint8Array): Promise<PyodideAPI | null> {
  try {
    const pyodide = await setup.loadPyodide(config(setup, { _loadSnapshot: snapshot }));
    const held = String(pyodide.runPython('import loopscope\ngetattr(loopscope, "SNAPSHOT_FINGERPRINT", "")'));
    if (held !== runtimeFingerprint(pyodide.version, setup.sources)) return null;
    writeSources(pyodide, setup.sources);
    // Every restore starts from the same heap: reseed what was seeded when the snapshot was taken,
    // or each visit would draw the same "random" numbers.
    pyodide.runPython(`import sys\nif "random" in sys.modules:\n    sys.modules["random"].seed()`);
    return pyodide;
  } catch {
    return null;
  }
}

/** Python with the runtime imported: from the snapshot when one is given and fits, else cold. */
export async function bootRuntime(setup: BootSetup): Promise<Booted> {
  if (setup.snapshot) {
    const pyodide = await restore(setup, setup.snapshot);
    if (pyodide) return { pyodide, from: 'snapshot' };
  }
  const pyodide = await setup.loadPyodide(config(setup));
  writeSources(pyodide, setup.sources);
  pyodide.runPython(IMPORT_RUNTIME);
  return { pyodide, from: 'cold' };
}
