// Runs inside the sandboxed iframe (opaque origin, strict CSP). It starts the Python worker from
// a data: URL (the only worker URL an opaque origin may use) and hands it the page's end of a
// MessageChannel: from then on the page and the worker talk directly, and this frame carries
// nothing but its own two notices (ready, and the worker's crash), which the worker cannot forge
// because it has no way to post to this window.
//
// The page hands over the worker script as a Blob; FileReader encodes it natively.
let worker;
const crashed = (message) => parent.postMessage({ __relay: 'error', message }, '*');
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const msg = event.data;
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
  };
  // Stack traces name a script by its URL, and Pyodide copies JavaScript frames into Python
  // tracebacks: without a short name, a snippet's JS error would print a megabyte of base64.
  reader.readAsDataURL(new Blob([msg.script, '\n//# sourceURL=loopscope-python-worker.js\n'], { type: 'text/javascript' }));
});
parent.postMessage({ __relay: 'ready' }, '*');
