import { useId } from 'react';
import type { SidePanel as Tab } from '../../store/layout-slice.ts';
import { ConsolePane } from '../console/ConsolePane.tsx';
import { EventLoopPanel } from '../playback/EventLoopPanel.tsx';
import { useApp, useAppStore } from '../store-context.tsx';
import { TasksTable } from '../tasks/TasksTable.tsx';

const LABEL: Record<Tab, string> = { loop: 'Event loop', tasks: 'Tasks', output: 'Output' };

/**
 * The tabbed panel beside the timeline: the event loop at the replay cursor, the tasks
 * table, and (where the layout has no console of its own) the output. Only the open tab
 * is rendered; the choice lives in the store, so share links can restore it.
 */
export function SidePanel({ tabs }: { tabs: readonly Tab[] }) {
  const store = useAppStore();
  const chosen = useApp((s) => s.sidePanel);
  const open = tabs.includes(chosen) ? chosen : tabs[0]!;
  const id = useId();
  return (
    <div className="side-panel">
      <div className="side-tabs" role="tablist" aria-label="Panels">
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${id}-${tab}`}
            aria-selected={tab === open}
            aria-controls={`${id}-panel`}
            className={`side-tab${tab === open ? ' on' : ''}`}
            onClick={() => store.getState().setSidePanel(tab)}
          >
            {LABEL[tab]}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${open}`}>
        {open === 'loop' ? <EventLoopPanel /> : open === 'tasks' ? <TasksTable /> : <ConsolePane />}
      </div>
    </div>
  );
}
