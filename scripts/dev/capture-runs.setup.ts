// A vitest setup file for scripts/dev/trace-golden.ts: with LOOPSCOPE_CAPTURE=FILE, every
// engine.run() the tests make is appended to FILE as {code, options}, so the golden check can
// replay the exact snippets the engine tests use.
//   LOOPSCOPE_CAPTURE=/tmp/runs.jsonl npx vitest run src/runtime --setupFiles scripts/dev/capture-runs.setup.ts
import { appendFileSync } from 'node:fs';
import { vi } from 'vitest';

const file = process.env.LOOPSCOPE_CAPTURE;

vi.mock('../../src/runtime/node-engine.ts', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/runtime/node-engine.ts')>();
  return {
    ...mod,
    createNodeEngine: async (...args: Parameters<typeof mod.createNodeEngine>) => {
      const engine = await mod.createNodeEngine(...args);
      if (!file) return engine;
      const run = engine.run.bind(engine);
      engine.run = (code, options, hooks) => {
        appendFileSync(file, JSON.stringify({ code, options: options ?? {} }) + '\n');
        return run(code, options, hooks);
      };
      return engine;
    },
  };
});
