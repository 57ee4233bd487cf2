import { defineConfig } from 'vitest/config';

// Unit tests only: pure modules beside their code, run in Node. Browser tests live in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
  },
});
