import type { Plugin } from 'vite';

/**
 * The Python worker's bundle (src/runtime/worker.ts). It starts inside the sandbox from a data:
 * URL, the only worker URL an opaque origin may use, so it must be one file that holds Pyodide's
 * JavaScript, and Chromium refuses data: URLs past about 2,000,000 characters (measured).
 */

/** Source bytes whose base64 stays under Chromium's data: URL limit, with room to spare. */
export const MAX_WORKER_BYTES = 1_400_000;

const EMPTY = '\0loopscope-empty-module';

export function pythonWorkerBundle(): Plugin {
  return {
    name: 'loopscope-python-worker',
    enforce: 'pre',
    // Pyodide imports Node's modules (and `ws`) on paths taken only under Node: never in a browser worker.
    resolveId(id) {
      return id.startsWith('node:') || id === 'ws' ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? 'export default {};' : null;
    },
    // Emscripten's fallback location for the wasm, `new URL("pyodide.asm.wasm", import.meta.url)`,
    // would make Vite copy 9.6 MB into assets/. Pyodide always passes locateFile (from indexURL),
    // so the fallback is never used: drop it.
    transform(code, id) {
      if (!id.includes('/pyodide/pyodide.asm.mjs')) return null;
      const fallback = 'new URL("pyodide.asm.wasm",import.meta.url).href';
      if (!code.includes(fallback)) this.error(`pyodide.asm.mjs changed: "${fallback}" not found (see scripts/vite-plugin-python-worker.ts)`);
      return { code: code.replace(fallback, '"pyodide.asm.wasm"'), map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.code.length > MAX_WORKER_BYTES) {
          this.error(`The Python worker is ${chunk.code.length} bytes: past ${MAX_WORKER_BYTES}, its data: URL would be refused.`);
        }
      }
    },
  };
}
