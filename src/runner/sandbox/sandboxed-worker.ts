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
  postMessage(message: unknown): void;
  terminate(): void;
}

/** The worker script as base64, fetched once from our own origin. */
let workerSource: Promise<string> | undefined;

async function loadWorkerSource(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function createSandboxedWorker(workerURL: string, pyodideURL: string, host: HTMLElement = document.body): WorkerLike {
  workerSource ??= loadWorkerSource(workerURL);
  const iframe = document.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.title = 'Loopscope Python sandbox';
  iframe.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  const queue: unknown[] = [];
  let relayReady = false;
  let ended = false;

  const handle: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      if (relayReady) iframe.contentWindow?.postMessage(message, '*');
      else queue.push(message);
    },
    terminate() {
      ended = true;
      window.removeEventListener('message', onWindowMessage);
      iframe.remove();
    },
  };

  function onWindowMessage(event: MessageEvent) {
    if (ended || event.source !== iframe.contentWindow) return; // only our own iframe
    const data = event.data as { __relay?: string; message?: string; data?: unknown } | null;
    if (!data || typeof data !== 'object') return;
    if (data.__relay === 'ready' && !relayReady) {
      void workerSource!.then((source) => {
        if (ended) return;
        iframe.contentWindow?.postMessage({ __relay: 'start', source }, '*');
        relayReady = true;
        for (const msg of queue.splice(0)) iframe.contentWindow?.postMessage(msg, '*');
      }, (err) => handle.onerror?.({ message: `Could not load the Python worker: ${String(err)}` }));
      return;
    }
    if (data.__relay === 'error') {
      handle.onerror?.({ message: typeof data.message === 'string' ? data.message : 'the Python worker crashed' });
    } else if (data.__relay === 'message') {
      handle.onmessage?.({ data: data.data });
    }
  }

  window.addEventListener('message', onWindowMessage);
  iframe.srcdoc = sandboxDocument(pyodideURL, relaySource);
  host.append(iframe);
  return handle;
}
