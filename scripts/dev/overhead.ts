// Traced vs untraced wall time of one snippet in one engine: min of 5 alternating runs each.
import { readFileSync } from 'node:fs';
import { createNodeEngine } from '../../src/runtime/node-engine.ts';
const engine = await createNodeEngine();
const code = readFileSync(process.argv[2]!, 'utf8');
const best = { traced: Infinity, untraced: Infinity };
for (let i = 0; i < 5; i++) {
  for (const trace of [true, false]) {
    const t0 = performance.now();
    engine.run(code, { trace, wallClockMs: 60_000 });
    const ms = performance.now() - t0;
    const key = trace ? 'traced' : 'untraced';
    best[key] = Math.min(best[key], ms);
  }
}
console.log(`traced ${best.traced.toFixed(0)} ms, untraced ${best.untraced.toFixed(0)} ms, ratio ${(best.traced / best.untraced).toFixed(2)}×`);
