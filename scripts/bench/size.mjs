/**
 * Bundle sizes from the build itself: what index.html loads before anything lazy (its entry
 * script, modulepreloads and stylesheets, plus every chunk they import statically), each lazy
 * chunk group (Monaco), the Python worker script and Pyodide's files. Gzip at level 9 with zlib.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const raw = (file) => statSync(file).size;

/** Relative chunk names a module imports statically (`import … from "./x.js"`, `import "./x.js"`) and lazily (`import("./x.js")`). */
function importsOf(source) {
  const stat = new Set();
  const lazy = new Set();
  for (const m of source.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+?\s*from\s*)?["'](\.\/[^"']+)["']/g)) stat.add(m[1].slice(2));
  for (const m of source.matchAll(/\bimport\(\s*["'](\.\/[^"']+)["']\s*\)/g)) lazy.add(m[1].slice(2));
  // Vite's preload helper lists a lazy chunk's dependencies as strings: "assets/x.js".
  for (const m of source.matchAll(/["']assets\/([^"']+\.(?:js|css))["']/g)) lazy.add(m[1]);
  return { stat, lazy };
}

function closure(assets, roots) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop();
    if (seen.has(name) || !name.endsWith('.js')) {
      seen.add(name);
      continue;
    }
    seen.add(name);
    for (const dep of importsOf(readFileSync(join(assets, name), 'utf8')).stat) stack.push(dep);
  }
  return seen;
}

export function measureSizes(dist) {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // Scripts, module preloads and stylesheets: what the page runs or styles itself with. (A
  // `rel="preload" as="fetch"` is data for the Python worker, counted with it below.)
  const fromHtml = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/rel="preload"/.test(tag))
    .flatMap((tag) => [...tag.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]));
  const initial = closure(assets, fromHtml);
  const sum = (names, ext, f) => [...names].filter((n) => n.endsWith(ext)).reduce((a, n) => a + f(join(assets, n)), 0);

  // Lazy groups: chunks reachable only through import(); Monaco's is the one holding editor.api.
  const lazyRoots = new Set();
  for (const name of initial) if (name.endsWith('.js')) for (const dep of importsOf(readFileSync(join(assets, name), 'utf8')).lazy) lazyRoots.add(dep);
  const files = readdirSync(assets);
  const monacoRoot = [...lazyRoots].find((n) => /CodeEditor|Editor/.test(n) && n.endsWith('.js'));
  const monaco = monacoRoot ? [...closure(assets, [monacoRoot])].filter((n) => !initial.has(n)) : [];
  for (const css of files.filter((n) => n.endsWith('.css') && !initial.has(n) && /editor|CodeEditor/i.test(n))) monaco.push(css);
  const find = (re) => files.find((n) => re.test(n));
  const worker = find(/^worker-.*\.js$/);
  const editorWorker = find(/^editor\.worker-.*\.js$/);
  const pyodideDir = join(dist, 'pyodide');
  const pyodide = readdirSync(pyodideDir).reduce((a, n) => a + raw(join(pyodideDir, n)), 0);

  return {
    initialFiles: [...initial].sort(),
    initialJsGzip: sum(initial, '.js', gz),
    initialJsRaw: sum(initial, '.js', raw),
    initialCssGzip: sum(initial, '.css', gz),
    monacoFiles: monaco.sort(),
    monacoGzip: monaco.reduce((a, n) => a + gz(join(assets, n)), 0),
    monacoRaw: monaco.reduce((a, n) => a + raw(join(assets, n)), 0),
    editorWorkerGzip: editorWorker ? gz(join(assets, editorWorker)) : 0,
    pythonWorkerGzip: worker ? gz(join(assets, worker)) : 0,
    pythonWorkerRaw: worker ? raw(join(assets, worker)) : 0,
    pyodideRaw: pyodide,
    wasmGzip: gz(join(pyodideDir, 'pyodide.asm.wasm')),
  };
}
