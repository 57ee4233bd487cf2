import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pyodideAssets } from './scripts/vite-plugin-pyodide.ts';
import { pythonWorkerBundle } from './scripts/vite-plugin-python-worker.ts';

// Python runs in a worker inside an opaque-origin sandbox iframe, which loads Pyodide's files
// from this origin as a cross-origin client: they must allow CORS. (The page is not
// cross-origin isolated: the sandboxed worker could not share memory anyway, and the engine
// stops runaway code with a clock of its own.)
const headers = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };

export default defineConfig({
  plugins: [react(), pyodideAssets()],
  worker: {
    format: 'es',
    // The Python worker starts from a data: URL inside the sandbox, so it must be one file with
    // Pyodide's JavaScript inside (see src/runtime/worker.ts).
    rolldownOptions: { output: { codeSplitting: false } },
    plugins: () => [pythonWorkerBundle()],
  },
  optimizeDeps: { exclude: ['pyodide'] },
  server: { headers },
  preview: { headers },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // The app, and the embed view for blogs (served at /embed: Vite and static hosts map it to embed.html).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
});
