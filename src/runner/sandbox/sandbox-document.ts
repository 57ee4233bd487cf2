/**
 * The sandboxed iframe's document. Its Content-Security-Policy is what makes running untrusted
 * Python safe: the worker it starts (from a data: URL) inherits it, so it may make no request at
 * all (everything it needs, Pyodide's files included, is handed to it by the page), and
 * string-to-code escapes (`Function('return globalThis')`) fail with EvalError.
 * Measured on this stack: see ../../../README.md "Security model".
 */
export function sandboxPolicy(): string {
  return [
    // No fetch, XHR, WebSocket, importScripts or image beacons: connect-src and the rest fall back to this.
    "default-src 'none'",
    // The relay is inline; the worker's code is its data: URL; WebAssembly needs compiling. No 'unsafe-eval'.
    "script-src 'unsafe-inline' 'wasm-unsafe-eval'",
    'worker-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function sandboxDocument(relaySource: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(sandboxPolicy())}">
</head><body><script>${relaySource.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}
