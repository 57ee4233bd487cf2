/**
 * A Worker-shaped handle on a Python worker that lives inside an opaque-origin iframe with a
 * strict CSP. worker-runner.ts drives it exactly like a plain Worker; terminate() removes the
 * iframe, which ends the worker with it.
 */
import type { BootFileHandOver } from '../boot-files.ts';
import relaySource from './relay.js?raw';
import { sandboxDocument } from './sandbox-document.ts';

export interface WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  /**
   * Takes one of Pyodide's files (`of` in all), to compile or unzip beside the worker and hand it
   * the results: the worker's init then says `filesInSandbox`.
   */
  takeBootFile?(file: BootFileHandOver): void;
}

/**
 * The worker script, fetched once from our own origin, as a Blob: its megabyte never enters the
 * page's heap (as an ArrayBuffer, fetching and handing it over cost the page's busy thread
 * ~80 ms during start-up), and a Blob posts as a handle, so a respawn sends the same one.
 */
let workerSource: Promise<Blob> | undefined;

async function loadWorkerSource(url: string): Promise<Blob> {
  let script: Blob;
  try {
    script = await fetchScript(url);
  } catch {
    // Once more: now and then (~1 in 5 fresh contexts under Playwright) Chromium failed the fetch
    // that takes over index.html's preload, with no failed request on the network.
    script = await fetchScript(url);
  }
  performance.mark('loopscope:worker-script-fetched');
  return script;
}

async function fetchScript(url: string): Promise<Blob> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  return response.blob();
}

/**
 * Reads the worker script now (index.html preloads it), for a sandbox made later: read only when
 * the sandbox asked for it, it came ~0.4 s after the sandbox was ready, behind the page's first
 * render, and every step of Python's start-up waits for it.
 */
export function prefetchWorkerScript(workerURL: string): void {
  workerSource ??= loadWorkerSource(workerURL);
  // A failure is reported by the sandbox that uses it (createSandboxedWorker), not as unhandled here.
  workerSource.catch(() => {});
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
  const bootFiles: BootFileHandOver[] = [];
  // Pyodide's files go to the relay as the page has read them (they wait here until it is ready):
  // it compiles the wasm and unzips the snapshot while the worker is still evaluating its script.
  const sendBootFiles = () => {
    if (!started || ended) return;
    for (const file of bootFiles.splice(0)) iframe.contentWindow?.postMessage({ __relay: 'boot-file', ...file }, '*', file.body ? [file.body] : []);
  };

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
    takeBootFile(file) {
      bootFiles.push(file);
      sendBootFiles();
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
      performance.mark('loopscope:sandbox-ready');
      sendBootFiles();
      void workerSource!.then((script) => {
        if (ended) return;
        // The relay turns the script into the worker's data: URL, in the sandbox's own process:
        // on the page, that waited for the page's thread, busy starting the app, for ~0.5 s.
        iframe.contentWindow?.postMessage({ __relay: 'start', script, port: channel.port2 }, '*', [channel.port2]);
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
