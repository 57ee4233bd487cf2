import { modelOf } from '../../model/build-model.ts';
import { SPEEDS } from '../../store/playback-slice.ts';
import { formatSeconds } from '../../units/time.ts';
import { releaseFocus } from '../release-focus.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { focusTask } from './focus-task.ts';
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon, ToEndIcon, ToStartIcon } from './icons.tsx';
import './playback.css';

/**
 * The replay's transport: to start, step back, play/pause, step forward, to end; the
 * selected task's previous/next event; a scrubber over every event; the speed. Each
 * button names its key, and the keys work anywhere on the page (playback-keys.ts).
 */
export function PlaybackBar() {
  const store = useAppStore();
  const count = useApp((s) => s.trace?.events.length ?? 0);
  const index = useApp((s) => s.playback.index);
  const time = useApp((s) => s.playback.time);
  const playing = useApp((s) => s.playback.playing);
  const speed = useApp((s) => s.playback.speed);
  const task = useApp((s) => taskName(s));
  const disabled = count === 0;
  const last = count - 1;
  const at = index ?? last;
  const shownTime = index === null ? (store.getState().trace?.events[last]?.t ?? 0) : time;
  const position = disabled ? 'no run yet' : `event ${at + 1} of ${count}`;
  const s = () => store.getState();

  return (
    <div className="playback-bar" role="group" aria-label="Replay" data-testid="playback-bar">
      <div className="playback-transport">
        <button type="button" className="icon-button" onMouseDown={releaseFocus} disabled={disabled} onClick={() => s().seekEvent(-1)} aria-label="To the start" aria-keyshortcuts="Home" title="To the start (Home)"><ToStartIcon /></button>
        <button type="button" className="icon-button" onMouseDown={releaseFocus} disabled={disabled} onClick={() => s().stepEvent(-1)} aria-label="Step back" aria-keyshortcuts="ArrowLeft" title="Step back one event (←)"><StepBackIcon /></button>
        <button type="button" className="icon-button playback-play" onMouseDown={releaseFocus} disabled={disabled} onClick={() => s().setPlaying(!playing)} aria-label={playing ? 'Pause' : 'Play'} aria-keyshortcuts="Space" title={`${playing ? 'Pause' : 'Play'} (Space)`}>
          {playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <button type="button" className="icon-button" onMouseDown={releaseFocus} disabled={disabled} onClick={() => s().stepEvent(1)} aria-label="Step forward" aria-keyshortcuts="ArrowRight" title="Step forward one event (→)"><StepForwardIcon /></button>
        <button type="button" className="icon-button" onMouseDown={releaseFocus} disabled={disabled} onClick={() => s().seekEvent(last)} aria-label="To the end" aria-keyshortcuts="End" title="To the end (End)"><ToEndIcon /></button>
      </div>
      <input
        type="range"
        className="playback-scrubber"
        min={-1}
        max={Math.max(0, last)}
        step={1}
        value={disabled ? -1 : at}
        disabled={disabled}
        aria-label="Replay position"
        aria-valuetext={disabled ? 'no run yet' : `${position}, at ${formatSeconds(shownTime)}`}
        onChange={(e) => s().seekEvent(Number(e.target.value))}
      />
      <span className="playback-position" data-testid="playback-position">
        <span className="playback-time">{formatSeconds(shownTime)}</span>
        <span className="playback-count">{index === -1 ? 'start' : position}</span>
      </span>
      <div className="playback-task" role="group" aria-label="Step within a task">
        <button type="button" className="icon-button" onMouseDown={releaseFocus} disabled={!task} onClick={() => stepTask(-1)} aria-label={`Previous event of ${task ?? 'the task'}`} aria-keyshortcuts="Shift+ArrowLeft" title="Previous event of this task (Shift+←)"><StepBackIcon /></button>
        <span className={`playback-task-name${task ? '' : ' muted'}`} title="Shift+←/→ step through one task's events: the lane you click, or the task of the current event">{task ?? 'one task'}</span>
        <button type="button" className="icon-button" onMouseDown={releaseFocus} disabled={!task} onClick={() => stepTask(1)} aria-label={`Next event of ${task ?? 'the task'}`} aria-keyshortcuts="Shift+ArrowRight" title="Next event of this task (Shift+→)"><StepForwardIcon /></button>
      </div>
      <select
        className="playback-speed"
        value={speed}
        // Hand the keys back to the replay once a speed is chosen.
        onChange={(e) => {
          s().setSpeed(Number(e.target.value));
          e.currentTarget.blur();
        }}
        aria-label="Speed"
        title="Speed: virtual seconds per real second"
      >
        {SPEEDS.map((x) => <option key={x} value={x}>{x}×</option>)}
      </select>
    </div>
  );

  function stepTask(delta: 1 | -1) {
    const id = focusTask(s());
    if (id !== null) s().stepTask(delta, id);
  }
}

/** The lane name of the task Shift+arrows step through, for the bar. */
function taskName(s: Parameters<typeof focusTask>[0]): string | null {
  const id = focusTask(s);
  if (id === null || !s.trace) return null;
  const model = modelOf(s.trace);
  const lane = model.lanes[model.rowOf.get(id) ?? -1];
  return lane ? (lane.kind === 'main' ? 'main program' : lane.name) : null;
}
