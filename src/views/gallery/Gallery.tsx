import { useEffect, useRef, useState, type ReactNode } from 'react';
import { COMPARE_EXAMPLES } from '../../examples/compare/index.ts';
import { EXAMPLES, type Example } from '../../examples/index.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import './gallery.css';

/** The examples, grouped by the guide section they teach. */
function bySection<E extends Pick<Example, 'section'>>(examples: readonly E[]): Array<[string, E[]]> {
  const groups = new Map<string, E[]>();
  for (const e of examples) groups.set(e.section, [...(groups.get(e.section) ?? []), e]);
  return [...groups];
}

/**
 * The gallery: a modal dialog (native <dialog>, so focus is trapped and Esc closes it)
 * of runnable teaching programs. Choosing one loads it and runs it. It opens with the
 * compare examples: two versions of a program, run side by side on one time axis.
 */
export function Gallery() {
  const store = useAppStore();
  const open = useApp((s) => s.galleryOpen);
  const current = useApp((s) => s.exampleId);
  const dialog = useRef<HTMLDialogElement>(null);
  // The cards are rendered the first time it opens (and kept, so closing never flashes it
  // empty): they were over half of the page's first render, ahead of the editor's first paint.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="gallery"
      aria-labelledby="gallery-title"
      onClose={() => store.getState().setGalleryOpen(false)}
      onClick={(e) => e.target === dialog.current && store.getState().setGalleryOpen(false)}
    >
      {opened && <GalleryCards current={current} />}
    </dialog>
  );
}

/** What the dialog shows: a card per example, grouped by guide section, compare examples first. */
function GalleryCards({ current }: { current: string | null }) {
  const store = useAppStore();
  return (
    <div className="gallery-inner">
      <header className="gallery-header">
        <div>
          <h2 id="gallery-title">Examples</h2>
          <p>Every section of the async guide as a program you can run, plus four patterns it leaves out. Pick one: it loads and runs.</p>
        </div>
        <button type="button" className="icon-button" aria-label="Close examples" onClick={() => store.getState().setGalleryOpen(false)}>×</button>
      </header>
      <CardSections examples={COMPARE_EXAMPLES} current={current} badge={(e) => <span className="badge">{e.variants.map((v) => v.name).join(' vs ')}</span>} />
      <CardSections examples={EXAMPLES} current={current} badge={(e) => e.expect === 'deadlock' && <span className="badge badge-warn">hangs</span>} />
    </div>
  );
}

/** One section per guide section, one card per example; `badge` adds what sets a card apart. */
function CardSections<E extends Pick<Example, 'id' | 'title' | 'section' | 'lookFor'>>({ examples, current, badge }: { examples: readonly E[]; current: string | null; badge: (e: E) => ReactNode }) {
  const store = useAppStore();
  return bySection(examples).map(([section, cards]) => (
    <section key={section} className="gallery-section" aria-label={section}>
      <h3>{section}</h3>
      <ul className="gallery-grid">
        {cards.map((e) => (
          <li key={e.id}>
            <button type="button" className={`gallery-card${e.id === current ? ' current' : ''}`} data-example={e.id} onClick={() => store.getState().loadExample(e.id)}>
              <span className="gallery-card-title">
                {e.title}
                {badge(e)}
              </span>
              <span className="gallery-card-text">{e.lookFor}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  ));
}
