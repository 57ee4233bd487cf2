import { readFileSync } from 'node:fs';
import { createNodeEngine } from '../../src/runtime/node-engine.ts';
const engine = await createNodeEngine();
const [file, opts] = process.argv.slice(2);
const t0 = Date.now();
const trace = engine.run(readFileSync(file!, 'utf8'), JSON.parse(opts ?? '{}'));
console.log(Date.now() - t0, 'ms', JSON.stringify(trace.outcome), trace.events.length, 'events');
