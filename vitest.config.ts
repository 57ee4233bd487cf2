import { defineConfig } from 'vitest/config';

// Unit tests only: pure modules beside their code, run in Node. Browser tests live in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Generous: tests that boot Pyodide or build 10,000-task models run on shared, busy machines.
    testTimeout: 60_000,
  },
});
