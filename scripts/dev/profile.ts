// Profiles one traced run inside Pyodide with cProfile; prints the top functions.
import { readFileSync } from 'node:fs';
import { createNodeEngine } from '../../src/runtime/node-engine.ts';
const engine = await createNodeEngine();
const code = readFileSync(process.argv[2]!, 'utf8');
engine.run(code);
const py = engine.pyodide;
py.globals.set('SNIPPET', code);
console.log(py.runPython(`
import cProfile, pstats, io
from loopscope import runner
pr = cProfile.Profile()
pr.enable()
runner.run(SNIPPET, '{"wallClockMs": 100000}')
pr.disable()
s = io.StringIO()
pstats.Stats(pr, stream=s).sort_stats('tottime').print_stats(25)
s.getvalue()
`));
