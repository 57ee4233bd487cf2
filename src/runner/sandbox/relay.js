// Runs inside the sandboxed iframe (opaque origin, strict CSP). It starts the Python worker from
// a data: URL (the only worker URL an opaque origin may use) and relays messages both ways
// without reading them: the page validates everything the worker says.
// The worker's own messages travel wrapped, so it cannot impersonate the relay.
let worker;
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const msg = event.data;
  if (msg && msg.__relay === 'start') {
    if (worker) return;
    worker = new Worker('data:text/javascript;base64,' + msg.source, { type: 'module', name: 'loopscope-python' });
    worker.onmessage = (e) => parent.postMessage({ __relay: 'message', data: e.data }, '*');
    worker.onerror = (e) => {
      e.preventDefault();
      parent.postMessage({ __relay: 'error', message: String(e.message || 'the Python worker crashed') }, '*');
    };
    return;
  }
  if (worker) worker.postMessage(msg);
});
parent.postMessage({ __relay: 'ready' }, '*');
