import { stillLooksLike } from '../../examples/example.ts';
import { exampleById } from '../../examples/index.ts';
import { useApp, useAppStore } from '../store-context.tsx';

/**
 * "What to look for" for the gallery example in the editor: open when the example is
 * loaded, collapsible to a single line, dismissible.
 */
export function ExampleNote() {
  const store = useAppStore();
  const example = useApp((s) => {
    const e = s.exampleId ? exampleById(s.exampleId) : undefined;
    return e && stillLooksLike(e, s.code) ? e : undefined;
  });
  if (!example) return null;
  return (
    <details className="example-note" open key={example.id} data-testid="example-note">
      <summary>
        <span className="example-note-kicker">What to look for</span>
        <strong>{example.title}</strong>
        <button type="button" className="icon-button" aria-label="Hide this note" title="Hide" onClick={(e) => { e.preventDefault(); store.getState().dismissExample(); }}>×</button>
      </summary>
      <p tabIndex={0} title={example.lookFor}>{example.lookFor}</p>
    </details>
  );
}
