import { createElement, useEffect, useState, type ComponentType } from 'react';
import { PlainEditor } from './PlainEditor.tsx';

type CodeEditorComponent = ComponentType<{ readOnly?: boolean }>;

/** Monaco's editor once its chunk has loaded (every later mount has it at once). */
let loaded: CodeEditorComponent | null = null;
let loading: Promise<CodeEditorComponent> | null = null;

/** Resolves after the page has painted once: a task after the next animation frame. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function loadCodeEditor(): Promise<CodeEditorComponent> {
  // Monaco is 2.7 MB of JavaScript and 150 kB of CSS: parsing them before the first paint held
  // the whole page back, so it starts once the plain editor is on screen.
  loading ??= afterPaint()
    .then(() => import('./CodeEditor.tsx'))
    .then((m) => (loaded = m.default));
  return loading;
}

/**
 * The code editor: the plain one at once, Monaco when it has loaded (it stays plain if Monaco
 * fails to load). Not React.lazy + Suspense: a fallback would remount the plain editor, losing
 * the caret of someone typing, whenever anything above it suspended.
 */
export function Editor({ readOnly = false }: { readOnly?: boolean }) {
  const [ready, setReady] = useState(() => loaded !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadCodeEditor().then(
      () => live && setReady(true),
      (error: unknown) => console.error('The code editor failed to load; the plain editor stays.', error),
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return ready && loaded ? createElement(loaded, { readOnly }) : <PlainEditor readOnly={readOnly} />;
}
