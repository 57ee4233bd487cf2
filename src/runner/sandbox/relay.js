// Runs inside the sandboxed iframe (opaque origin, strict CSP). It starts the Python worker from
// a data: URL (the only worker URL an opaque origin may use) and hands it the page's end of a
// MessageChannel: from then on the page and the worker talk directly, and this frame carries
// nothing but its own two notices (ready, and the worker's crash), which the worker cannot forge
// because it has no way to post to this window.
let worker;
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const msg = event.data;
  if (!msg || msg.__relay !== 'start' || worker) return;
  worker = new Worker(msg.url, { type: 'module', name: 'loopscope-python' });
  worker.onerror = (e) => {
    e.preventDefault();
    parent.postMessage({ __relay: 'error', message: String(e.message || 'the Python worker crashed') }, '*');
  };
  worker.postMessage({ __port: true }, [msg.port]);
});
parent.postMessage({ __relay: 'ready' }, '*');
