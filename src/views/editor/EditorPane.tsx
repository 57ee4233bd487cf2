import { lazy, Suspense, type ReactNode } from 'react';
import { ExampleNote } from '../outcome/ExampleNote.tsx';
import { modKeyLabel } from '../platform.ts';
import { useApp } from '../store-context.tsx';
import './editor.css';

const CodeEditor = lazy(() => import('./CodeEditor.tsx'));

/**
 * The editor panel: a plain, read-only copy of the code paints at once; Monaco replaces it.
 * `tabs` (compare mode's variant tabs) take the title's place.
 */
export function EditorPane({ tabs }: { tabs?: ReactNode }) {
  const code = useApp((s) => s.code);
  const stale = useApp((s) => s.trace !== null && s.tracedCode !== s.code);
  return (
    <section className="editor-pane" aria-labelledby="editor-title">
      <header className="panel-header">
        {tabs ?? <h2 id="editor-title">main.py</h2>}
        {stale && <span className="badge" title="The timeline shows the previous version of the code">edited since run</span>}
        <span className="panel-hint"><kbd>{modKeyLabel()}</kbd>+<kbd>Enter</kbd> runs</span>
      </header>
      <ExampleNote />
      <div className="editor-host" data-testid="editor">
        <Suspense fallback={<pre className="editor-fallback" aria-label="Code (the editor is loading)">{code}</pre>}>
          <CodeEditor />
        </Suspense>
      </div>
    </section>
  );
}
