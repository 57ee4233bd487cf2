/** Pyodide's WebAssembly, the one boot file that is compiled rather than read. */
export const WASM_FILE = 'pyodide.asm.wasm';

/** The Pyodide files the page fetches and hands to the Python worker (its JavaScript is bundled into the worker). */
export const BOOT_FILES = [WASM_FILE, 'python_stdlib.zip', 'pyodide-lock.json'] as const;

/** Where Pyodide's files are served: /pyodide/ under the app's base URL. */
export function pyodideIndexURL(base: string, page: string): string {
  return new URL(`${base}pyodide/`, page).href;
}
