import { readFileSync } from 'node:fs';
import { createNodeEngine } from '../../src/runtime/node-engine.ts';
const engine = await createNodeEngine();
for (const f of process.argv.slice(2)) {
  const t0 = Date.now();
  const trace = engine.run(readFileSync(f, 'utf8'));
  console.log('=====', f, Date.now() - t0, 'ms', JSON.stringify(trace.outcome));
  for (const o of trace.output) console.log(`  [${o.t} ${o.task} ${o.stream}] ${o.text}`);
  if (process.env.EV) for (const e of trace.events) console.log('   ', JSON.stringify(e));
}
