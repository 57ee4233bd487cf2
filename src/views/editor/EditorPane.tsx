import type { ReactNode } from 'react';
import { ExampleNote } from '../outcome/ExampleNote.tsx';
import { modKeyLabel } from '../platform.ts';
import { useApp } from '../store-context.tsx';
import { Editor } from './Editor.tsx';
import './editor.css';

/**
 * The editor panel: a plain textarea editor paints at once; Monaco replaces it when loaded.
 * `tabs` (compare mode's variant tabs) take the title's place.
 */
export function EditorPane({ tabs }: { tabs?: ReactNode }) {
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
        <Editor />
      </div>
    </section>
  );
}
