import { createElement, useEffect, useState, type ComponentType } from 'react';
import { useApp } from '../store-context.tsx';
import { PlainEditor } from './PlainEditor.tsx';

type CodeEditorComponent = ComponentType<{ readOnly?: boolean }>;

/** Monaco's editor once its chunk has loaded (every later mount has it at once). */
let loaded: CodeEditorComponent | null = null;
let loading: Promise<CodeEditorComponent> | null = null;
/** How long the app must have been quiet (Python up, no run) before Monaco starts loading. */
const QUIET_MS = 250;

function loadCodeEditor(): Promise<CodeEditorComponent> {
  loading ??= import('./CodeEditor.tsx').then((m) => (loaded = m.default));
  return loading;
}

/**
 * The code editor: the plain one at once, Monaco when it has loaded (it stays plain if Monaco
 * fails to load). Monaco (2.7 MB of JavaScript, 150 kB of CSS) is the page's lowest priority:
 * highlighting and markers, not running. Not React.lazy + Suspense: a fallback would remount
 * the plain editor, losing the caret of someone typing, whenever anything above it suspended.
 */
export function Editor({ readOnly = false }: { readOnly?: boolean }) {
  const [ready, setReady] = useState(() => loaded !== null);
  // Monaco waits until Python is up and no run is in flight: on two cores its 2.7 MB competed
  // with Python's start-up (which came up ~0.9 s later) and then with the first run.
  const busy = useApp((s) => s.runnerStatus.state === 'booting' || s.running);
  useEffect(() => {
    if (ready || busy) return;
    let live = true;
    // After a moment of quiet: a run clicked the moment Python is up goes first (the timer is
    // cleared if one starts). Once started, the load goes on.
    const timer = setTimeout(
      () =>
        loadCodeEditor().then(
          () => live && setReady(true),
          (error: unknown) => console.error('The code editor failed to load; the plain editor stays.', error),
        ),
      QUIET_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ready, busy]);
  return ready && loaded ? createElement(loaded, { readOnly }) : <PlainEditor readOnly={readOnly} />;
}
