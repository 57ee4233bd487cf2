import { useEffect, useRef } from 'react';
import { modelOf } from '../../model/build-model.ts';
import type { EmbedConfig } from '../../share/embed-params.ts';
import { ConsolePane } from '../console/ConsolePane.tsx';
import { LinkNotice } from '../share/LinkNotice.tsx';
import { useApp } from '../store-context.tsx';
import { Editor } from '../editor/Editor.tsx';
import { TasksTable } from '../tasks/TasksTable.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { EmbedCompare } from './EmbedCompare.tsx';
import { EmbedHeader } from './EmbedHeader.tsx';
import { editorHeight, outputHeight, tasksHeight, timelineHeight } from './embed-layout.ts';
import { reportHeight } from './height-reporter.ts';
import { EmbedVariantTabs } from './EmbedVariantTabs.tsx';
import '../editor/editor.css';
import '../shell/base.css';
import './embed.css';


interface EmbedShellProps {
  config: EmbedConfig;
  /** The full app, for "Open in Loopscope". */
  appBase: string;
  /** The page embedding us, told our height; null when opened on its own. */
  host: Pick<Window, 'postMessage'> | null;
}

/**
 * The embed view for blog posts: a slim bar (Run, the outcome, a way to the full app), the
 * editor and the timeline, sized to their content, and optionally the output or tasks.
 */
export function EmbedShell({ config, appBase, host }: EmbedShellProps) {
  const code = useApp((s) => s.code);
  const lanes = useApp((s) => (s.trace ? modelOf(s.trace).lanes.length : null));
  const compare = useApp((s) => s.mode === 'compare');
  const printed = useApp((s) => s.trace?.output.length ?? null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => (host && root.current ? reportHeight(root.current, host) : undefined), [host]);

  return (
    <div className="embed" ref={root}>
      <EmbedHeader runButton={config.runButton} appBase={appBase} />
      <LinkNotice />
      {compare && <EmbedVariantTabs />}
      <div className="embed-editor" style={{ height: editorHeight(code) }} data-testid="editor">
        <Editor readOnly={config.readonly} />
      </div>
      {compare ? (
        <EmbedCompare />
      ) : (
        <div className="embed-timeline" style={{ height: timelineHeight(lanes) }}>
          <Timeline />
        </div>
      )}
      {config.panel === 'console' && <div className="embed-panel" style={{ height: outputHeight(printed) }}><ConsolePane /></div>}
      {config.panel === 'tasks' && <div className="embed-panel" style={{ height: tasksHeight(lanes) }}><TasksTable /></div>}
    </div>
  );
}
