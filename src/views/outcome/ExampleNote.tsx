import { compareExampleById } from '../../examples/compare/index.ts';
import { stillLooksLike } from '../../examples/example.ts';
import { exampleById } from '../../examples/index.ts';
import type { AppState } from '../../store/app-state.ts';
import { useApp, useAppStore } from '../store-context.tsx';

/**
 * "What to look for" for the gallery example in the editor: open when the example is
 * loaded, collapsible to a single line, dismissible.
 */
export function ExampleNote() {
  const store = useAppStore();
  const example = useApp(noteFor);
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

/** The example whose note to show: the one loaded, while the editor still holds it (in compare mode, the open variant). */
function noteFor(s: AppState): { id: string; title: string; lookFor: string } | undefined {
  if (!s.exampleId) return undefined;
  const single = exampleById(s.exampleId);
  if (single) return s.mode === 'single' && stillLooksLike(single, s.code) ? single : undefined;
  const compare = compareExampleById(s.exampleId);
  const variant = compare?.variants[s.activeVariant];
  return compare && variant && s.mode === 'compare' && stillLooksLike(variant, s.code) ? compare : undefined;
}
