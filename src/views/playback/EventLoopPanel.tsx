import type { ReactNode } from 'react';
import { modelOf } from '../../model/build-model.ts';
import { loopIndexOf } from '../../model/loop-index-of.ts';
import { stateAt } from '../../model/loop-state/index.ts';
import { formatSeconds } from '../../units/time.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { loopPanelView, type LoopPanelView, type TaskTag } from './loop-panel-view.ts';
import './loop-panel.css';

/**
 * Rows shown per list: in the middle of 10,000 gathered tasks, 10,000 waiting rows would cost
 * more to build at every step than anyone reads. The rest is counted ("… and 9,950 more").
 */
const LIST_LIMIT = 50;

/**
 * The event loop at the replay cursor: the running task, the ready queue in order, who
 * waits on what since when, the timers, every Lock/Semaphore/Queue/Event/Condition/
 * Barrier, a blocked loop and busy worker threads. Read from stateAt(index), which gives
 * the same answer stepping forward or back. Outside a replay it shows the end of the run.
 */
export function EventLoopPanel() {
  const trace = useApp((s) => s.trace);
  const index = useApp((s) => s.playback.index);
  if (!trace) {
    return (
      <Shell>
        <p className="loop-empty">Run the code, then replay it here step by step: which task runs, which are ready, who waits on what, and the state of every lock, semaphore and queue. <kbd>Space</kbd> plays, <kbd>←</kbd> <kbd>→</kbd> step.</p>
      </Shell>
    );
  }
  const state = stateAt(loopIndexOf(trace), index ?? trace.events.length - 1);
  const view = loopPanelView(state, modelOf(trace));
  return (
    <Shell view={view}>
      <Body view={view} replaying={index !== null} />
    </Shell>
  );
}

function Shell({ view, children }: { view?: LoopPanelView; children: ReactNode }) {
  return (
    <section className="loop-panel" aria-labelledby="loop-title" data-testid="loop-panel" data-index={view?.index ?? ''}>
      <header className="panel-header">
        <h2 id="loop-title">Event loop</h2>
      </header>
      <div className="loop-body">{children}</div>
    </section>
  );
}

function Body({ view, replaying }: { view: LoopPanelView; replaying: boolean }) {
  const when = replaying ? (view.index < 0 ? 'before the first event' : `after event ${view.index + 1} of ${view.count}`) : 'at the end of the run';
  return (
    <>
      <p className="loop-now">
        <span className="loop-what" data-testid="loop-what">{view.what ?? 'Nothing has happened yet.'}</span>
        <span className="loop-when" data-testid="loop-when">{when} · {formatSeconds(view.t)}</span>
      </p>
      <div className="loop-grid">
        <div className="loop-col">
          <Block title="Running" testId="loop-running">
            {view.running ? <Chip task={view.running} strong /> : <p className="loop-idle">{view.idle}</p>}
          </Block>
          <Block title="Ready queue" count={view.ready.length} testId="loop-ready" hint="runs first in, first out">
            {view.ready.length === 0 ? <p className="loop-none">empty</p> : (<>
              <ol className="loop-queue">
                {view.ready.slice(0, LIST_LIMIT).map((t) => <li key={t.id} data-task={t.id}><Chip task={t} /></li>)}
              </ol>
              <More total={view.ready.length} />
            </>)}
          </Block>
          <Block title="Waiting" count={view.waiting.length} testId="loop-waiting">
            {view.waiting.length === 0 ? <p className="loop-none">nobody</p> : (<>
              <ul className="loop-rows">
                {view.waiting.slice(0, LIST_LIMIT).map((w) => (
                  <li key={w.task.id} data-task={w.task.id}>
                    <Chip task={w.task} />
                    <span className="loop-wait">on <code>{w.label}</code>{w.cancelling && <span className="badge badge-warn">cancel pending</span>}</span>
                    <span className="loop-since">since {formatSeconds(w.since)}{w.line !== null && <LineLink line={w.line} />}</span>
                  </li>
                ))}
              </ul>
              <More total={view.waiting.length} />
            </>)}
          </Block>
        </div>
        <div className="loop-col">
          <Block title="Timers" count={view.timers.length} testId="loop-timers" hint="soonest first">
            {view.timers.length === 0 ? <p className="loop-none">none pending</p> : (<>
              <ul className="loop-rows">
                {view.timers.slice(0, LIST_LIMIT).map((t, i) => (
                  <li key={`${t.task.id}-${i}`} data-task={t.task.id} data-due={t.due}>
                    <span className="loop-due">{formatSeconds(t.due)}</span>
                    <Chip task={t.task} />
                    <code className="loop-timer-label">{t.label}</code>
                  </li>
                ))}
              </ul>
              <More total={view.timers.length} />
            </>)}
          </Block>
          <Block title="Locks, semaphores, queues" count={view.objects.length} testId="loop-objects">
            {view.objects.length === 0 ? <p className="loop-none">none in this program</p> : (
              <ul className="loop-rows">
                {view.objects.map((o) => (
                  <li key={o.obj} data-obj={o.obj}>
                    <code className="loop-object">{o.label}</code>
                    {o.line !== null && <LineLink line={o.line} />}
                    <span className="loop-sync" data-testid="sync-summary">{o.summary}</span>
                    {o.waiters.length > 0 && (
                      <span className="loop-waiters">waiting: {o.waiters.slice(0, LIST_LIMIT).map((t) => <Chip key={t.id} task={t} bare />)}{o.waiters.length > LIST_LIMIT && ` … and ${(o.waiters.length - LIST_LIMIT).toLocaleString('en')} more`}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Block>
          {view.blocked && (
            <Block title="Loop blocked" testId="loop-blocked" tone="warn">
              <p><Chip task={view.blocked.task} bare /> runs <code>{view.blocked.call}</code> from {formatSeconds(view.blocked.since)} to {formatSeconds(view.blocked.until)}: no other task can run.</p>
            </Block>
          )}
          {view.threads.length > 0 && (
            <Block title="Worker threads" count={view.threads.length} testId="loop-threads">
              <ul className="loop-rows">
                {view.threads.map((th) => (
                  <li key={th.thread.id} data-task={th.thread.id}>
                    <span className="loop-thread">{th.thread.name}</span>
                    <span>runs <code>{th.fn}</code> for <Chip task={th.task} bare /> until {formatSeconds(th.until)}</span>
                  </li>
                ))}
              </ul>
            </Block>
          )}
          <p className="loop-done" data-testid="loop-done">{doneText(view)}</p>
        </div>
      </div>
    </>
  );
}

function Block({ title, count, hint, testId, tone, children }: { title: string; count?: number; hint?: string; testId: string; tone?: 'warn'; children: ReactNode }) {
  return (
    <div className={`loop-block${tone ? ` loop-block-${tone}` : ''}`} data-testid={testId}>
      <h3>
        {title}
        {count !== undefined && <span className="loop-count">{count}</span>}
        {hint && <span className="loop-hint">{hint}</span>}
      </h3>
      {children}
    </div>
  );
}

/** A task by its lane name, with its call in code type; `data-task` carries the id for tests. */
function Chip({ task, strong, bare }: { task: TaskTag; strong?: boolean; bare?: boolean }) {
  return (
    <span className={`task-chip${strong ? ' task-chip-strong' : ''}${bare ? ' task-chip-bare' : ''}`} data-task={task.id} title={task.call ? `${task.name} · ${task.call}` : task.name}>
      <span className="task-chip-name">{task.name}</span>
      {task.call && !bare && <code className="task-chip-call">{task.call}</code>}
    </span>
  );
}

/** The count of a list's rows beyond LIST_LIMIT, if any. */
function More({ total }: { total: number }) {
  return total > LIST_LIMIT ? <p className="loop-more">… and {(total - LIST_LIMIT).toLocaleString('en')} more</p> : null;
}

function LineLink({ line }: { line: number }) {
  const store = useAppStore();
  return <button type="button" className="line-link" onClick={() => store.getState().revealLine(line)} title={`Show line ${line} in the editor`}>L{line}</button>;
}

function doneText(view: LoopPanelView): string {
  const { finished, cancelled, failed } = view.done;
  const parts = [`${finished} finished`];
  if (cancelled) parts.push(`${cancelled} cancelled`);
  if (failed) parts.push(`${failed} failed`);
  return `Done so far: ${parts.join(' · ')}`;
}
