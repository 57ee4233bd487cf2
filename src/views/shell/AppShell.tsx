import { CompareSummary } from '../compare/CompareSummary.tsx';
import { CompareTimelines } from '../compare/CompareTimelines.tsx';
import { VariantTabs } from '../compare/VariantTabs.tsx';
import { ConsolePane } from '../console/ConsolePane.tsx';
import { EditorPane } from '../editor/EditorPane.tsx';
import { Gallery } from '../gallery/Gallery.tsx';
import { OutcomeBanner } from '../outcome/OutcomeBanner.tsx';
import { PlaybackBar } from '../playback/PlaybackBar.tsx';
import { usePlaybackEngine } from '../playback/use-playback-engine.ts';
import { LinkNotice } from '../share/LinkNotice.tsx';
import { useApp } from '../store-context.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { Toolbar } from '../toolbar/Toolbar.tsx';
import { SidePanel } from './SidePanel.tsx';
import './base.css';
import './shell.css';
import '../presenter/presenter.css';
import '../compare/compare.css';

/**
 * The page: code on the left (editor over console), what happened on the right
 * (outcome, timeline and replay over the event-loop panel and tasks). Compare mode
 * stacks two timelines down the right and moves the output into the side panel;
 * presenter mode (shell.css, presenter.css) enlarges everything and shrinks the code.
 * Stacks into one column on a phone.
 */
export function AppShell() {
  usePlaybackEngine();
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
        <div className="area-run">
          <div className="run-notes">
            <LinkNotice />
            {compare ? <CompareSummary /> : <OutcomeBanner />}
          </div>
          {compare ? <CompareTimelines /> : <Timeline />}
          <PlaybackBar />
        </div>
        {ownConsole && <div className="area-console"><ConsolePane /></div>}
        <div className="area-side">
          <SidePanel tabs={ownConsole ? ['loop', 'tasks'] : ['loop', 'tasks', 'output']} />
        </div>
      </main>
      <Gallery />
    </div>
  );
}
