/**
 * A Worker-shaped handle on a Python worker that lives inside an opaque-origin iframe with a
 * strict CSP. worker-runner.ts drives it exactly like a plain Worker; terminate() removes the
 * iframe, which ends the worker with it.
 */
import relaySource from './relay.js?raw';
import { sandboxDocument } from './sandbox-document.ts';

export interface WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
}

/** How the worker's script appears in stack traces. */
const SOURCE_NAME = 'loopscope-python-worker.js';

/** The worker script as a data: URL, fetched once from our own origin. */
let workerSource: Promise<string> | undefined;

async function loadWorkerSource(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  // FileReader encodes natively: a megabyte of Pyodide's JavaScript, off the page's script time.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    // Stack traces name a script by its URL, and Pyodide copies JavaScript frames into Python
    // tracebacks: without a short name, a snippet's JS error would print a megabyte of base64.
    reader.readAsDataURL(new Blob([bytes, `\n//# sourceURL=${SOURCE_NAME}\n`], { type: 'text/javascript' }));
  });
}

export function createSandboxedWorker(workerURL: string, host: HTMLElement = document.body): WorkerLike {
  workerSource ??= loadWorkerSource(workerURL);
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.title = 'Loopscope Python sandbox';
  // 1 px and transparent rather than 0×0 and hidden: Chromium runs hidden frames' renderers at
  // background priority, and this one compiles and runs Python.
  iframe.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none';
  // The page's line to the worker, handed over through the relay. Messages queue in the port
  // until the worker starts listening, so the page may post at once.
  const channel = new MessageChannel();
  let started = false;
  let ended = false;

  const handle: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer = []) {
      if (!ended) channel.port1.postMessage(message, transfer);
    },
    terminate() {
      ended = true;
      window.removeEventListener('message', onWindowMessage);
      channel.port1.close();
      iframe.remove();
    },
  };
  channel.port1.onmessage = (event) => {
    if (!ended) handle.onmessage?.({ data: event.data });
  };

  function onWindowMessage(event: MessageEvent) {
    if (ended || event.source !== iframe.contentWindow) return; // only our own iframe
    const data = event.data as { __relay?: string; message?: string } | null;
    if (!data || typeof data !== 'object') return;
    if (data.__relay === 'ready' && !started) {
      started = true;
      void workerSource!.then((url) => {
        if (ended) return;
        iframe.contentWindow?.postMessage({ __relay: 'start', url, port: channel.port2 }, '*', [channel.port2]);
        performance.mark('loopscope:sandbox-started');
      }, (err) => handle.onerror?.({ message: `Could not load the Python worker: ${String(err)}` }));
    } else if (data.__relay === 'error') {
      handle.onerror?.({ message: typeof data.message === 'string' ? data.message : 'the Python worker crashed' });
    }
  }

  window.addEventListener('message', onWindowMessage);
  iframe.srcdoc = sandboxDocument(relaySource);
  host.append(iframe);
  return handle;
}
