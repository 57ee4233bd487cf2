import { useState } from 'react';
import { embedCode } from '../../share/embed-code.ts';
import { DEFAULT_EMBED_CONFIG, type EmbedConfig, type EmbedTheme } from '../../share/embed-params.ts';
import { shareStateProblem } from '../../share/share-state.ts';
import { useApp } from '../store-context.tsx';
import { CopyField } from './CopyField.tsx';
import { shareStateOf } from './share-state-of.ts';
import { hostSnippetTag } from './host-snippet.ts';

/** The blog embed: a few options and the `<iframe>` HTML (plus the sizing script) to paste. */
export function EmbedSection({ origin }: { origin: string }) {
  const mode = useApp((s) => s.mode);
  const variants = useApp((s) => s.variants);
  const code = useApp((s) => s.code);
  const playback = useApp((s) => s.playback);
  const sidePanel = useApp((s) => s.sidePanel);
  const [config, setConfig] = useState<EmbedConfig>({ ...DEFAULT_EMBED_CONFIG });
  const set = (patch: Partial<EmbedConfig>) => setConfig((c) => ({ ...c, ...patch }));

  // An embed shows the code and its run; the replay position and presenter mode stay in the app.
  const state = shareStateOf({ mode, variants, code, playback, sidePanel, presenter: false }, { panel: undefined, presenter: false, playback: false });
  const problem = shareStateProblem(state);
  const html = problem ? '' : `${embedCode(origin, state, config)}\n${hostSnippetTag(origin)}`;

  return (
    <section className="share-section" aria-labelledby="share-embed-title">
      <h3 id="share-embed-title">Embed in a blog post</h3>
      <p className="share-lead">Each embed runs Python in its reader&rsquo;s browser. The script tag lets embeds size themselves to their content; one per page is enough.</p>
      <div className="share-options">
        <label className="check">
          <input type="checkbox" checked={config.readonly} onChange={(e) => set({ readonly: e.target.checked })} />
          Read-only code
        </label>
        <label className="check">
          <input type="checkbox" checked={config.autorun} onChange={(e) => set({ autorun: e.target.checked })} />
          Run on load
        </label>
        <label>
          Theme
          <select value={config.theme} onChange={(e) => set({ theme: e.target.value as EmbedTheme })}>
            <option value="auto">Reader&rsquo;s system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label>
          Height
          <input type="number" min={200} max={2000} step={20} value={config.height} onChange={(e) => set({ height: Number(e.target.value) || DEFAULT_EMBED_CONFIG.height })} />
          px
        </label>
      </div>
      <CopyField label="Embed code" value={html} action="Copy embed code" multiline blocked={problem} testId="embed-code" />
    </section>
  );
}
