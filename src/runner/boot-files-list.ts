/** The Pyodide files the page fetches and hands to the Python worker (its JavaScript is bundled into the worker). */
export const BOOT_FILES = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

/** Where Pyodide's files are served: /pyodide/ under the app's base URL. */
export function pyodideIndexURL(base: string, page: string): string {
  return new URL(`${base}pyodide/`, page).href;
}
