// Runs inside the sandboxed iframe (opaque origin, strict CSP). It starts the Python worker from
// a data: URL (the only worker URL an opaque origin may use) and hands it the page's end of a
// MessageChannel: from then on the page and the worker talk directly, and this frame carries
// nothing but its own two notices (ready, and the worker's crash), which the worker cannot forge
// because it has no way to post to this window.
//
// The page hands over the worker script as a Blob; FileReader encodes it natively.
//
// It also takes Pyodide's files from the page, on this frame's own thread, while the worker is
// still evaluating its megabyte of script: it compiles the wasm and unzips the snapshot, and
// posts the worker the results (a compiled module posts only within one agent cluster: this
// frame and the worker it started). The worker did both itself, after its script: ~1 s more.
let worker;
const crashed = (message) => parent.postMessage({ __relay: 'error', message }, '*');

/** What the worker gets: { files: { name: ArrayBuffer }, snapshot?, module?, compiledAt? }, once every file is in. */
const boot = { files: {} };
const pending = [];
let of = Infinity;
/** Files handed over before the worker was constructed wait: taken at once, they delayed constructing it by ~1 s. */
const early = [];

/**
 * The snapshot unzipped, if it is gzipped (a server may already have undone the gzip): gunzip in
 * src/runtime/receive-files.ts does the same for the worker, but this script is sent to the sandbox
 * as text (sandboxed-worker.ts) and cannot import it.
 */
async function inflate(bytes) {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes;
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

async function compile(name, bytes) {
  try {
    boot.module = await WebAssembly.compile(bytes);
    boot.compiledAt = performance.timeOrigin + performance.now();
    boot.wasm = { name, bytes }; // kept until the module has posted
  } catch {
    boot.files[name] = bytes; // the worker's Pyodide compiles it (and says why it fails)
  }
}

/** One file from the page: { name, body: ArrayBuffer | null (could not be read), as: 'wasm' | 'snapshot' | 'file', of }. */
function take(file) {
  if (!worker) return void early.push(file);
  const { name, body, as } = file;
  of = file.of;
  // A file left out (or one that will not unzip): the worker's Pyodide asks for it, or boots cold.
  const one = !body ? undefined : as === 'wasm' ? compile(name, body) : as === 'snapshot' ? inflate(body).then((b) => (boot.snapshot = b)) : (boot.files[name] = body);
  pending.push(Promise.resolve(one).catch(() => {}));
  if (pending.length === of) void Promise.all(pending).then(sendBoot);
}

function sendBoot() {
  const { files, snapshot, module, compiledAt, wasm } = boot;
  const buffers = [...Object.values(files), ...(snapshot ? [snapshot] : [])];
  if (module) {
    try {
      worker.postMessage({ __boot: { files, snapshot, module, compiledAt } }, buffers);
      return;
    } catch {
      // The module would not post (nothing was transferred): the worker compiles the bytes.
      files[wasm.name] = wasm.bytes;
      buffers.push(wasm.bytes);
    }
  }
  worker.postMessage({ __boot: { files, snapshot } }, buffers);
}

addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const msg = event.data;
  if (msg && msg.__relay === 'boot-file' && typeof msg.name === 'string' && pending.length < of) return take(msg);
  if (!msg || msg.__relay !== 'start' || worker !== undefined || !(msg.script instanceof Blob)) return;
  worker = null;
  const reader = new FileReader();
  reader.onerror = () => crashed(`could not read the Python worker's script: ${reader.error}`);
  reader.onload = () => {
    worker = new Worker(String(reader.result), { type: 'module', name: 'loopscope-python' });
    worker.onerror = (e) => {
      e.preventDefault();
      crashed(String(e.message || 'the Python worker crashed'));
    };
    worker.postMessage({ __port: true }, [msg.port]);
    early.splice(0).forEach(take);
  };
  // Stack traces name a script by its URL, and Pyodide copies JavaScript frames into Python
  // tracebacks: without a short name, a snippet's JS error would print a megabyte of base64.
  reader.readAsDataURL(new Blob([msg.script, '\n//# sourceURL=loopscope-python-worker.js\n'], { type: 'text/javascript' }));
});
parent.postMessage({ __relay: 'ready' }, '*');
