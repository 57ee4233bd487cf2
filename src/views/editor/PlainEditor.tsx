import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useApp, useAppStore } from '../store-context.tsx';
import { indentOnEnter, indentOnTab, type Edit } from './plain-editing.ts';
import { plainHandoff } from './plain-handoff.ts';

/**
 * The editor while Monaco loads: a plain textarea on the store's code, editable at once.
 * Monaco is 2.7 MB of JavaScript and takes seconds to arrive on a cold visit; the code is
 * there to read, edit and run (Ctrl/Cmd+Enter is the page's) from the first paint. When
 * Monaco mounts it takes the code from the store and the caret and focus from plainHandoff.
 */
export function PlainEditor({ readOnly = false }: { readOnly?: boolean }) {
  const store = useAppStore();
  const code = useApp((s) => s.code);
  const presenter = useApp((s) => s.presenter);
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = code.split('\n').length;

  // Hand the caret and focus over as this unmounts (Monaco replacing it).
  useLayoutEffect(() => {
    const el = area.current;
    plainHandoff.clear();
    return () => {
      if (el) plainHandoff.keep({ start: el.selectionStart, end: el.selectionEnd, focused: document.activeElement === el, scrollTop: el.scrollTop });
    };
  }, []);

  // React writes a new value after the key handler, which puts the caret at the end: the
  // handler's edit says where it goes, and this puts it there once the value is written.
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caret.current !== null && area.current) area.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [code]);

  const edit = (next: Edit, e: KeyboardEvent) => {
    e.preventDefault();
    caret.current = next.caret;
    store.getState().setCode(next.text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (readOnly || e.ctrlKey || e.metaKey || e.altKey) return; // Ctrl/Cmd+Enter runs (the page's handler)
    const el = e.currentTarget;
    if (e.key === 'Tab' && !e.shiftKey) edit(indentOnTab(el.value, el.selectionStart, el.selectionEnd), e);
    else if (e.key === 'Enter' && !e.shiftKey) edit(indentOnEnter(el.value, el.selectionStart, el.selectionEnd), e);
  };

  return (
    <div className={`plain-editor${presenter ? ' presenter' : ''}`}>
      <div className="plain-editor-gutter" ref={gutter} aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <div key={i}>{i + 1}</div>
        ))}
      </div>
      <textarea
        ref={area}
        value={code}
        readOnly={readOnly}
        onChange={(e) => store.getState().setCode(e.target.value)}
        onKeyDown={onKeyDown}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        data-plain-editor=""
        aria-label="Python code editor (plain while the full editor loads). Ctrl+Enter runs it."
      />
    </div>
  );
}
