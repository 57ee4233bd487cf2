import { modelOf } from '../../model/build-model.ts';
import { diagnostics } from '../../model/diagnostics.ts';
import { taskLineAt } from '../../model/playback-line.ts';
import { segmentOf } from '../../model/queries.ts';
import type { AppState } from '../../store/app-state.ts';
import type { AppStore } from '../../store/app-store.ts';
import type { monaco as Monaco } from './monaco-setup.ts';

type Editor = Monaco.editor.IStandaloneCodeEditor;

/**
 * Keeps Monaco in step with the store, imperatively (Monaco owns its DOM): markers
 * from the last run, the line the app points at (revealed and tinted), the line
 * of whatever the pointer is over on the timeline, and the line the replay's current
 * task is at.
 */
export function syncEditor(editor: Editor, monaco: typeof Monaco, store: AppStore): () => void {
  const focus = editor.createDecorationsCollection();
  const hover = editor.createDecorationsCollection();
  const replay = editor.createDecorationsCollection();

  const lineDecoration = (line: number, className: string): Monaco.editor.IModelDeltaDecoration => ({
    range: new monaco.Range(line, 1, line, 1),
    options: { isWholeLine: true, className, linesDecorationsClassName: `${className}-gutter` },
  });

  const applyMarkers = (s: AppState) => {
    const model = editor.getModel();
    if (!model) return;
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
    const list = s.trace && s.tracedCode !== null ? diagnostics(s.trace, s.tracedCode) : [];
    monaco.editor.setModelMarkers(
      model,
      'loopscope',
      list.map((d) => ({ startLineNumber: d.line, endLineNumber: d.line, startColumn: d.startColumn, endColumn: d.endColumn, message: d.message, severity: severity[d.severity], source: 'Python' })),
    );
  };

  const hoveredLine = (s: AppState): number | null => {
    if (!s.trace || !s.hovered) return null;
    const model = modelOf(s.trace);
    if (s.hovered.kind === 'segment') return segmentOf(model, s.hovered.ref)?.line ?? null;
    return model.marks[s.hovered.row]?.[s.hovered.index]?.line ?? null;
  };

  const replayLine = (s: AppState): number | null => {
    const { index } = s.playback;
    return s.trace && index !== null ? taskLineAt(s.trace, index)?.line ?? null : null;
  };

  const onState = (s: AppState, prev: AppState | null) => {
    if (!prev || s.trace !== prev.trace) applyMarkers(s);
    if (s.focusLine && s.focusLine !== prev?.focusLine) {
      const line = Math.min(s.focusLine.line, editor.getModel()?.getLineCount() ?? 1);
      editor.revealLineInCenterIfOutsideViewport(line, monaco.editor.ScrollType.Smooth);
      focus.set([lineDecoration(line, 'ls-line-focus')]);
    }
    if (s.trace !== prev?.trace) focus.clear();
    const line = hoveredLine(s);
    if (!prev || line !== hoveredLine(prev)) hover.set(line ? [lineDecoration(line, 'ls-line-hover')] : []);
    const now = replayLine(s);
    if (!prev || now !== replayLine(prev)) {
      replay.set(now ? [lineDecoration(now, 'ls-line-replay')] : []);
      // Follow the replay through the code; smooth scrolling would lag behind playback.
      if (now) editor.revealLineInCenterIfOutsideViewport(now, s.playback.playing ? monaco.editor.ScrollType.Immediate : monaco.editor.ScrollType.Smooth);
    }
  };

  onState(store.getState(), null);
  // Compare mode gives each variant its own model (and undo history): markers and lines go on the new one.
  const modelChanged = editor.onDidChangeModel(() => onState(store.getState(), null));
  const unsubscribe = store.subscribe(onState);
  return () => {
    modelChanged.dispose();
    unsubscribe();
  };
}
