import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pyodideAssets } from './scripts/vite-plugin-pyodide.ts';
import { pythonWorkerBundle } from './scripts/vite-plugin-python-worker.ts';

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
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // The app, and the embed view for blogs (served at /embed: Vite and static hosts map it to embed.html).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
});
