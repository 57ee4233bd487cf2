import { Editor, type OnMount } from '@monaco-editor/react';
import { useEffect, useMemo, useState } from 'react';
import { resolvedTheme } from '../../store/theme-slice.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { syncEditor } from './editor-sync.ts';
import { monaco } from './monaco-setup.ts';
import { plainHandoff } from './plain-handoff.ts';

const OPTIONS: Parameters<typeof Editor>[0]['options'] = {
  fontSize: 14,
  lineHeight: 21,
  fontFamily: 'ui-monospace, "SF Mono", "Cascadia Code", "JetBrains Mono", Menlo, Consolas, monospace',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  scrollBeyondLastColumn: 0,
  automaticLayout: true,
  tabSize: 4,
  insertSpaces: true,
  renderLineHighlight: 'line',
  padding: { top: 10, bottom: 10 },
  fixedOverflowWidgets: true,
  glyphMargin: false,
  overviewRulerLanes: 0,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 8, useShadows: false, alwaysConsumeMouseWheel: false },
  lineNumbersMinChars: 3,
  folding: false,
  wordBasedSuggestions: 'off',
  quickSuggestions: false,
  ariaLabel: 'Python code editor. Ctrl+Enter runs it. Ctrl+M makes Tab move focus.',
};

/** Where the plain editor left off (it was typed in while Monaco loaded): same caret, scroll and focus. */
function takeOverFromPlain(editor: Parameters<OnMount>[0]) {
  const kept = plainHandoff.take();
  const model = editor.getModel();
  if (!kept || !model) return;
  const start = model.getPositionAt(kept.start);
  const end = model.getPositionAt(kept.end);
  editor.setSelection(new monaco.Selection(start.lineNumber, start.column, end.lineNumber, end.column));
  editor.setScrollTop(kept.scrollTop);
  if (kept.focused) editor.focus();
}

/** Presenter mode's type: readable from the back of a classroom; long lines wrap in the narrow column. */
const PRESENTER_TYPE = { fontSize: 17, lineHeight: 25, wordWrap: 'on' } as const;

/** The Monaco editor, wired to the store. Default export: loaded with React.lazy. `readOnly` for embeds that show code without inviting edits. */
export default function CodeEditor({ readOnly = false }: { readOnly?: boolean }) {
  const store = useAppStore();
  const code = useApp((s) => s.code);
  const theme = useApp((s) => resolvedTheme(s));
  // One model per compare variant, so each tab keeps its own undo history.
  const path = useApp((s) => (s.mode === 'compare' ? `variant-${s.activeVariant + 1}.py` : 'main.py'));
  const presenter = useApp((s) => s.presenter);
  const options = useMemo(
    () => ({ ...OPTIONS, ...(presenter ? PRESENTER_TYPE : {}), ...(readOnly ? { readOnly: true, domReadOnly: true } : {}) }),
    [presenter, readOnly],
  );
  const [editor, setEditor] = useState<Parameters<OnMount>[0] | null>(null);

  // Wiring lives in an effect keyed on the editor instance, so StrictMode's
  // mount-unmount-mount leaves it connected exactly once.
  useEffect(() => {
    if (!editor) return;
    const run = editor.addAction({
      id: 'loopscope.run',
      label: 'Run',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      contextMenuGroupId: 'navigation',
      run: () => void store.getState().run(),
    });
    const cursor = editor.onDidChangeCursorPosition((e) => store.getState().setCursorLine(e.position.lineNumber));
    const unsync = syncEditor(editor, monaco, store);
    takeOverFromPlain(editor);
    store.getState().setEditorReady(true);
    return () => {
      run.dispose();
      cursor.dispose();
      unsync();
      store.getState().setEditorReady(false);
    };
  }, [editor, store]);

  const onMount: OnMount = (instance) => setEditor(instance);

  return (
    <Editor
      value={code}
      onChange={(value) => store.getState().setCode(value ?? '')}
      language="python"
      path={path}
      theme={theme === 'dark' ? 'loopscope-dark' : 'loopscope-light'}
      options={options}
      onMount={onMount}
      loading={null}
    />
  );
}
