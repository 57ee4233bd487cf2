/** Made by scripts/vite-plugin-pyodide.ts: what the build ships for booting Python. */
declare module 'virtual:loopscope-boot' {
  /** The memory snapshot's file name under /pyodide/ (gzipped bytes), or null where there is none (the dev server). */
  export const SNAPSHOT_FILE: string | null;
}

/** Pyodide's Emscripten module factory (no types of its own): passed to loadPyodide as createPyodideModule. */
declare module 'pyodide/pyodide.asm.mjs' {
  const createPyodideModule: NonNullable<Parameters<typeof import('pyodide').loadPyodide>[0]>['createPyodideModule'];
  export default createPyodideModule;
}
