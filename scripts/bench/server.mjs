/**
 * The app under test: a production build served by `vite preview`, behind a small counting
 * proxy so every byte the browser fetches from the network is seen, whoever fetched it (the
 * page, the service worker, or the Python worker inside the opaque-origin sandbox, which
 * Playwright's network events do not all reach). Cache hits never reach the proxy.
 */
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';

/** Where the bench builds: outside dist/ (other people's e2e serve it) and ignored by git and ESLint. */
export const BENCH_DIST = 'node_modules/.cache/loopscope-bench/dist';

export function build(outDir = BENCH_DIST) {
  const t0 = performance.now();
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
  return performance.now() - t0;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const req = http.get(url, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts `vite preview` on a free port; resolves once it answers. */
export async function startPreview(outDir = BENCH_DIST) {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so stop() ends npx and vite together
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/`, 30_000);
  return {
    origin,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

/**
 * A pass-through proxy that counts requests and body bytes per path. `headers(path)` may add
 * response headers, to try a caching policy before proposing it for vite.config.ts.
 */
export async function startCountingProxy(upstream, { headers } = {}) {
  const target = new URL(upstream);
  const log = [];
  const server = http.createServer((req, res) => {
    const received = performance.timeOrigin + performance.now();
    const up = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (upRes) => {
        const extra = headers?.(req.url.split('?')[0]) ?? {};
        res.writeHead(upRes.statusCode, { ...upRes.headers, ...extra });
        /** start/end: epoch milliseconds, to set against the page's performance.timeOrigin. */
        const entry = { path: req.url.split('?')[0], status: upRes.statusCode, bytes: 0, start: received, end: null };
        log.push(entry);
        upRes.on('data', (chunk) => (entry.bytes += chunk.length));
        res.on('finish', () => (entry.end = performance.timeOrigin + performance.now()));
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  server.keepAliveTimeout = 5000;
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, resolve)); // every interface: localhost may be ::1
  return {
    // localhost, not 127.0.0.1: service workers need a secure context, and localhost is one.
    origin: `http://localhost:${port}`,
    /** Requests since the last take(), and forgets them. */
    take: () => log.splice(0),
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/** The caching policy proposed for `vite preview` (see docs/performance.md): hashed assets forever, Pyodide per version. */
export function proposedCacheHeaders(path) {
  if (path.startsWith('/assets/')) return { 'cache-control': 'public, max-age=31536000, immutable' };
  if (path.startsWith('/pyodide/')) return { 'cache-control': 'public, max-age=86400' };
  return {};
}
