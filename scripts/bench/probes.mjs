/**
 * Functions that run inside the page (Playwright serialises them: each must be self-contained).
 * Every time is taken in the page with performance.now(), so Playwright's round trips never
 * enter a figure. "Drawn" = the first animation frame after the run's state lands (the
 * timeline controller paints in a frame it requested before ours) and the task after it
 * (that frame's style, layout and paint are done).
 */

/**
 * Init script for a cold start: marks when an editor takes typing and when Monaco is in, Python becomes ready, and the
 * first run of `code` (clicked the moment Run is enabled, as an ideal user would) is drawn.
 * Times are milliseconds since navigation start.
 */
export function coldStartProbe(code) {
  if (window !== window.top || !new URLSearchParams(location.search).has('bench')) return;
  const marks = {};
  const mark = (name) => {
    if (!(name in marks)) marks[name] = performance.now();
  };
  window.__bench = { marks };
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(0);
      }),
    );
  // Usable: an editor that takes typing is on the page (the plain one that paints first, or
  // Monaco) and painted: "drawn" as for a timeline (the frame after it arrived, and the task
  // after that frame). "monaco" is when Monaco has replaced it.
  const editorIn = () => {
    if ('editor-in-dom' in marks) return;
    mark('editor-in-dom');
    void afterFrame().then(() => mark('editor'));
  };
  new MutationObserver((_, observer) => {
    if (document.querySelector('textarea[data-plain-editor]:not([readonly])')) editorIn();
    if (document.querySelector('.monaco-editor .view-line')) {
      editorIn();
      mark('monaco');
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
  const poll = setInterval(() => {
    const hook = window.__loopscope;
    if (!hook) return;
    if (!('hook' in marks)) {
      mark('hook');
      hook.setCode(code);
      // Python up (Monaco may still be on its way: it loads after Python and the first run).
      const settled = hook.settled ?? hook.idle;
      settled().then(async () => {
        mark('idle');
        // The store settles a moment before React enables the button: a click before that is lost.
        let button = document.querySelector('button[aria-keyshortcuts^="Control+Enter"]');
        while (!button || button.disabled) {
          await afterFrame();
          button = document.querySelector('button[aria-keyshortcuts^="Control+Enter"]');
        }
        mark('button-enabled');
        button.click();
        mark('run-clicked');
        await settled();
        mark('run-done');
        await afterFrame();
        mark('drawn');
        marks.engineMs = hook.trace()?.meta?.wallMs ?? null;
        marks.status = hook.trace()?.outcome?.status ?? null; // null: no run happened, and the figure is not a run's
        clearInterval(poll);
      });
    }
    const s = hook.status();
    if (s.state === 'booting' && s.loaded > 0) mark('pyodide-download');
    if (s.state === 'booting' && s.total > 0 && s.loaded >= s.total) mark('pyodide-downloaded');
    if (s.state === 'ready') mark('python-ready');
  }, 4);
}

/**
 * Sets the code, clicks Run, and times click → drawn. Returns what the trace says too. With
 * `raise`, clicks the limit notice's "Run again with …" instead (it doubles the limit and runs;
 * null when there is none), and says which it was in `label`.
 */
export async function timedRun({ code = null, options = null, raise = false }) {
  const hook = window.__loopscope;
  await hook.idle();
  if (code !== null) hook.setCode(code);
  // Raised limits for the scale runs, where the app's test hook can set them (else the UI's limit button is used).
  if (options && hook.setRunOptions) hook.setRunOptions(options);
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(0);
      }),
    );
  await afterFrame(); // let the editor take the code before the clock starts
  const button = document.querySelector(raise ? '[data-testid="limit-notice"] button.text-button' : 'button[aria-keyshortcuts^="Control+Enter"]');
  if (!button) return null;
  const label = button.textContent;
  const t0 = performance.now();
  button.click();
  await hook.idle();
  const done = performance.now();
  await afterFrame();
  const drawn = performance.now();
  const trace = hook.trace();
  return {
    label,
    ms: drawn - t0,
    untilStateMs: done - t0,
    engineMs: trace?.meta.wallMs ?? null,
    phasesMs: trace?.meta.phasesMs ?? null,
    status: trace?.outcome.status ?? null,
    limit: trace?.outcome.limit?.kind ?? null,
    virtual: trace?.outcome.virtualTime ?? null,
    events: trace?.events.length ?? 0,
    traceTasks: trace?.tasks.length ?? 0,
  };
}

/** Bytes of the current trace as JSON (what `--json` would print), and the JS heap in use. */
export function traceFacts() {
  const trace = window.__loopscope.trace();
  return {
    jsonBytes: trace ? JSON.stringify(trace).length : 0,
    heapBytes: performance.memory?.usedJSHeapSize ?? null,
  };
}

/**
 * Drives the drawn timeline one input event per animation frame: Ctrl+wheel zoom in at the
 * centre, drag to pan, zoom back out. Records each frame's interval (rAF to rAF) and the work
 * done in it before our callback (the controller's draw) plus the event's own handling.
 */
export async function navigate({ frames }) {
  const plot = document.querySelector('.timeline-plot');
  const r = plot.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + Math.min(r.height, window.innerHeight - r.top) / 2;
  const phases = [
    ...Array.from({ length: frames }, () => 'zoom'),
    ...Array.from({ length: frames }, () => 'pan'),
    ...Array.from({ length: frames }, () => 'zoom-out'),
  ];
  const samples = [];
  let x = cx;
  await new Promise((resolve) => {
    let i = 0;
    let last = null;
    let pending = null; // work of the event dispatched in the previous frame
    const tick = (frameStart) => {
      const now = performance.now();
      if (last !== null && pending) samples.push({ phase: pending.phase, interval: now - last, work: now - frameStart + pending.dispatch });
      last = now;
      if (i === phases.length) return resolve();
      const phase = phases[i];
      const t0 = performance.now();
      if (phase === 'zoom' || phase === 'zoom-out') {
        if (i > 0 && phases[i - 1] === 'pan') window.dispatchEvent(new MouseEvent('mouseup', { view: window, clientX: x, clientY: cy, bubbles: true }));
        plot.dispatchEvent(new WheelEvent('wheel', { deltaY: phase === 'zoom' ? -60 : 60, deltaMode: 0, ctrlKey: true, clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window }));
      } else if (phases[i - 1] !== 'pan') {
        plot.dispatchEvent(new MouseEvent('mousedown', { view: window, button: 0, clientX: x, clientY: cy, bubbles: true, cancelable: true }));
      } else {
        x -= 12;
        window.dispatchEvent(new MouseEvent('mousemove', { view: window, buttons: 1, clientX: x, clientY: cy, bubbles: true, cancelable: true }));
      }
      pending = { phase: phase === 'zoom-out' ? 'zoom' : phase, dispatch: performance.now() - t0 };
      i++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return samples;
}

/**
 * Resolves once the app's service worker has Pyodide's wasm, the largest file, in a cache (at
 * most 30 s). The app registers it once Python is up and the page has been quiet for 2 s, so
 * this first waits up to 10 s for a registration; an app without one resolves then.
 */
export async function serviceWorkerCached() {
  if (!navigator.serviceWorker) return;
  let reg;
  for (let waited = 0; waited < 10_000 && !(reg = await navigator.serviceWorker.getRegistration()); waited += 250) await new Promise((r) => setTimeout(r, 250));
  if (!reg) return;
  await navigator.serviceWorker.ready;
  const wasm = new URL('/pyodide/pyodide.asm.wasm', location.href).href;
  for (let waited = 0; waited < 30_000 && !(await caches.match(wasm, { ignoreVary: true })); waited += 250) await new Promise((r) => setTimeout(r, 250));
  await new Promise((r) => setTimeout(r, 500));
}
