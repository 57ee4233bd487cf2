import { ConsolePane } from '../console/ConsolePane.tsx';
import { EditorPane } from '../editor/EditorPane.tsx';
import { Gallery } from '../gallery/Gallery.tsx';
import { OutcomeBanner } from '../outcome/OutcomeBanner.tsx';
import { TasksTable } from '../tasks/TasksTable.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { Toolbar } from '../toolbar/Toolbar.tsx';
import './base.css';
import './shell.css';

/**
 * The page: code on the left (editor over console), what happened on the right
 * (outcome and timeline over the tasks table). Stacks into one column on a phone.
 */
export function AppShell() {
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        <div className="area-editor"><EditorPane /></div>
        <div className="area-run">
          <div className="run-notes">
            <OutcomeBanner />
          </div>
          <Timeline />
        </div>
        <div className="area-console"><ConsolePane /></div>
        <div className="area-tasks"><TasksTable /></div>
      </main>
      <Gallery />
    </div>
  );
}
