import { CompareSummary } from '../compare/CompareSummary.tsx';
import { CompareTimelines } from '../compare/CompareTimelines.tsx';
import { ConsolePane } from '../console/ConsolePane.tsx';
import { OutcomeBanner } from '../outcome/OutcomeBanner.tsx';
import { PlaybackBar } from '../playback/PlaybackBar.tsx';
import { usePlaybackEngine } from '../playback/use-playback-engine.ts';
import { LinkNotice } from '../share/LinkNotice.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { SidePanel } from './SidePanel.tsx';

/**
 * What happened, beside the code: outcome, timeline and replay, the console, and the side
 * panel (event loop, tasks). A chunk of its own, rendered after the editor (AppShell), so the
 * code paints before d3, the timeline and the replay are fetched and evaluated.
 */
export default function RunAreas({ compare, ownConsole }: { compare: boolean; ownConsole: boolean }) {
  usePlaybackEngine();
  return (
    <>
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
    </>
  );
}
