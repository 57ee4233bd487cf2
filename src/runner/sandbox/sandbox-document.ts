/**
 * The sandboxed iframe's document. Its Content-Security-Policy is what makes running untrusted
 * Python safe: the worker it starts (from a data: URL) inherits it, so the only network it may
 * reach is the app's own Pyodide files, and string-to-code escapes (`Function('return
 * globalThis')`) fail with EvalError. Measured on this stack: see ../../../README.md "Security model".
 */
export function sandboxPolicy(pyodideURL: string): string {
  return [
    "default-src 'none'",
    // The relay is inline; Pyodide's modules come from the app; WebAssembly needs compiling.
    `script-src 'unsafe-inline' ${pyodideURL} 'wasm-unsafe-eval'`,
    'worker-src data:',
    `connect-src ${pyodideURL}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function sandboxDocument(pyodideURL: string, relaySource: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(sandboxPolicy(pyodideURL))}">
</head><body><script>${relaySource.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
}
