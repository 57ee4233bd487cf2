import { useState } from 'react';
import { linkLengthAdvice } from '../../share/link-length.ts';
import { shareStateProblem, type SharePanel } from '../../share/share-state.ts';
import { useApp } from '../store-context.tsx';
import { CopyField } from './CopyField.tsx';
import { currentChoices, shareBase, shareStateOf, shareUrl, type ShareChoices } from './share-state-of.ts';

const PANELS: Array<{ value: SharePanel | ''; label: string }> = [
  { value: '', label: 'Event loop (default)' },
  { value: 'tasks', label: 'Tasks' },
  { value: 'console', label: 'Output' },
];

/** The link: what it opens on, and the link itself, with a warning when chat tools would cut it. */
export function LinkSection({ location }: { location: Pick<Location, 'origin' | 'pathname'> }) {
  const mode = useApp((s) => s.mode);
  const variants = useApp((s) => s.variants);
  const code = useApp((s) => s.code);
  const playback = useApp((s) => s.playback);
  const sidePanel = useApp((s) => s.sidePanel);
  const presenter = useApp((s) => s.presenter);
  const source = { mode, variants, code, playback, sidePanel, presenter };
  const [choices, setChoices] = useState<ShareChoices>(() => currentChoices(source));
  const choose = (patch: Partial<ShareChoices>) => setChoices((c) => ({ ...c, ...patch }));

  const state = shareStateOf(source, choices);
  const problem = shareStateProblem(state);
  const url = problem ? '' : shareUrl(shareBase(location), state);
  const advice = linkLengthAdvice(url);
  const replaying = playback.index !== null;

  return (
    <section className="share-section" aria-labelledby="share-link-title">
      <h3 id="share-link-title">Link</h3>
      <p className="share-lead">{mode === 'compare' ? 'Both variants travel' : 'The code travels'} in the link itself: nothing is uploaded.</p>
      <div className="share-options">
        <label>
          Opens on
          <select value={choices.panel ?? ''} onChange={(e) => choose({ panel: (e.target.value || undefined) as SharePanel | undefined })}>
            {PANELS.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={choices.presenter} onChange={(e) => choose({ presenter: e.target.checked })} />
          Presenter mode
        </label>
        <label className="check" title={replaying ? undefined : 'Step through the run first to share a position in it'}>
          <input type="checkbox" disabled={!replaying} checked={replaying && choices.playback} onChange={(e) => choose({ playback: e.target.checked })} />
          Replay position{replaying ? ` (event ${Math.max(0, playback.index ?? 0) + 1})` : ''}
        </label>
      </div>
      {problem && <p className="share-warning" role="alert">This cannot be shared: {problem}.</p>}
      {!problem && advice.message && <p className="share-warning" role="alert" data-testid="share-length-warning">{advice.message}</p>}
      <CopyField label={`Link · ${advice.length.toLocaleString('en-US')} characters`} value={url} action="Copy link" blocked={problem} testId="share-link" />
    </section>
  );
}
