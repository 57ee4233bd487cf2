import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { makeRuntimeSnapshot, runtimeFingerprint } from '../src/runtime/boot.ts';
import { nodeBootSetup, readPythonSources } from '../src/runtime/node-engine.ts';

/** The Pyodide files the runtime needs, served from our own origin under /pyodide/. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;

const MIME: Record<string, string> = {
  mjs: 'text/javascript',
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
};

export function pyodideDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('pyodide/package.json'));
}

const BOOT_MODULE = 'virtual:loopscope-boot';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves Pyodide's files in dev and emits them at build. vite-plugin-static-copy
 * (Pyodide's own recipe) needs Node 22, so this small plugin does the same job.
 *
 * The build also ships a memory snapshot of Python with Loopscope's runtime imported, made here
 * in Node (a snapshot restores in the browser in a fraction of a cold boot; see
 * src/runtime/boot.ts). Its name carries a fingerprint of Pyodide and the runtime's sources, so
 * caches never serve a stale one; the page learns the name from `virtual:loopscope-boot`.
 * The dev server has none: Python's sources change under it, so it boots cold.
 */
export function pyodideAssets(): Plugin {
  const dir = pyodideDir();
  let building = false;
  let base = '/';
  let snapshotFile: string | null = null;
  let snapshot: Promise<Uint8Array> | undefined;
  return {
    name: 'loopscope-pyodide-assets',
    configResolved(config) {
      building = config.command === 'build';
      base = config.base;
      if (!building) return;
      const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version as string;
      snapshotFile = `snapshot-${runtimeFingerprint(version, readPythonSources())}.bin`;
    },
    buildStart() {
      // Boots Pyodide in Node (a few seconds) while the bundles build. One build makes two
      // environments' worth of bundles (the app and its worker): make the snapshot once.
      if (building) snapshot ??= nodeBootSetup().then(makeRuntimeSnapshot);
    },
    resolveId(id) {
      return id === BOOT_MODULE ? `\0${BOOT_MODULE}` : null;
    },
    load(id) {
      return id === `\0${BOOT_MODULE}` ? `export const SNAPSHOT_FILE = ${JSON.stringify(snapshotFile)};` : null;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.replace(/^\/pyodide\//, '');
        if (!req.url?.startsWith('/pyodide/') || !name || !(PYODIDE_FILES as readonly string[]).includes(name)) return next();
        const file = join(dir, name);
        res.setHeader('Content-Type', MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
        res.setHeader('Content-Length', String(statSync(file).size));
        createReadStream(file).pipe(res);
      });
    },
    // Python's start is the long pole of a cold start: the page asks for the Python worker's
    // script in <head>, before any script runs (the sandbox needs it before it can start; the
    // runner's fetch picks this up). Not Pyodide's 18 MB of data files and snapshot: preloaded
    // here, they held the connections and CPU the page's own scripts and styles needed (the
    // editor painted ~0.4 s later); the runner asks for them as the app starts (worker-runner.ts).
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const preload = (href: string): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' });
        const worker = Object.keys(ctx.bundle).find((name) => /^assets\/worker-[\w-]+\.js$/.test(name));
        return [
          ...(worker ? [preload(`${base}${worker}`)] : []),
        ];
      },
    },
    // `vite preview` answers everything with Cache-Control: no-cache (sirv sets it in writeHead,
    // after any header set here), so every visit revalidates every file. Content-hashed names
    // (the bundles, the fingerprinted snapshot) never change: let browsers keep them.
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path.startsWith(`${base}assets/`) || path.startsWith(`${base}pyodide/snapshot-`)) {
          const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
          res.writeHead = ((...args: unknown[]) => {
            // sirv passes its headers to writeHead, where they override setHeader's.
            const headers = args.find((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && !Array.isArray(a));
            if (headers) headers['Cache-Control'] = IMMUTABLE;
            else res.setHeader('Cache-Control', IMMUTABLE);
            return writeHead(...args);
          }) as typeof res.writeHead;
        }
        next();
      });
    },
    async generateBundle() {
      for (const name of PYODIDE_FILES) {
        this.emitFile({ type: 'asset', fileName: `pyodide/${name}`, source: readFileSync(join(dir, name)) });
      }
      if (snapshot && snapshotFile) {
        // Gzipped by us, and not named .gz: static servers (vite preview's sirv among them) add
        // Content-Encoding to .gz files, which would decompress it out of our hands.
        this.emitFile({ type: 'asset', fileName: `pyodide/${snapshotFile}`, source: gzipSync(await snapshot, { level: 6 }) });
      }
    },
  };
}
