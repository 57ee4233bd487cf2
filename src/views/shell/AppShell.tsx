import { lazy, Suspense } from 'react';
import { VariantTabs } from '../compare/VariantTabs.tsx';
import { EditorPane } from '../editor/EditorPane.tsx';
import { Gallery } from '../gallery/Gallery.tsx';
import { useApp } from '../store-context.tsx';
import { Toolbar } from '../toolbar/Toolbar.tsx';
import { RunAreasPlaceholder } from './RunAreasPlaceholder.tsx';
import { afterNextPaint } from '../../util/after-next-paint.ts';
import './base.css';
import './shell.css';
import '../presenter/presenter.css';
import '../compare/compare.css';

// Its own chunk (d3, the timeline, replay, panels), asked for once the code has painted: a
// chunk that arrived before that paint was evaluated and rendered ahead of it.
const RunAreas = lazy(() => new Promise<void>((painted) => afterNextPaint(painted)).then(() => import('./RunAreas.tsx')));

/**
 * The page: code on the left (editor over console), what happened on the right
 * (outcome, timeline and replay over the event-loop panel and tasks). Compare mode
 * stacks two timelines down the right and moves the output into the side panel;
 * presenter mode (shell.css, presenter.css) enlarges everything and shrinks the code.
 * Stacks into one column on a phone.
 */
export function AppShell() {
  const compare = useApp((s) => s.mode === 'compare');
  const presenter = useApp((s) => s.presenter);
  const codeHidden = useApp((s) => s.presenter && s.codeHidden);
  // Presenter and compare layouts have no console pane of their own: the output is a tab.
  const ownConsole = !compare && !presenter;
  return (
    <div className={`app${presenter ? ' presenter' : ''}`} data-testid="app">
      <Toolbar />
      <main className={`workspace ${compare ? 'workspace-compare' : 'workspace-single'}${codeHidden ? ' code-hidden' : ''}`}>
        {!codeHidden && (
          <div className="area-editor">
            <EditorPane tabs={compare ? <VariantTabs /> : undefined} />
          </div>
        )}
        <Suspense fallback={<RunAreasPlaceholder ownConsole={ownConsole} />}>
          <RunAreas compare={compare} ownConsole={ownConsole} />
        </Suspense>
      </main>
      <Gallery />
    </div>
  );
}
