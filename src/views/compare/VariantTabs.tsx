import { useState } from 'react';
import type { VariantRun } from '../../store/compare-slice.ts';
import { formatSeconds } from '../../units/time.ts';
import { useApp, useAppStore } from '../store-context.tsx';

/**
 * One editor tab per compare variant: its name (double-click or ✎ to rename), and how
 * its last run went. The open tab's code is the editor's.
 */
export function VariantTabs() {
  const store = useAppStore();
  const variants = useApp((s) => s.variants);
  const runs = useApp((s) => s.runs);
  const active = useApp((s) => s.activeVariant);
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <div className="variant-tabs" role="tablist" aria-label="Variants">
      {variants.map((v, i) =>
        editing === i ? (
          <input
            key={i}
            className="variant-rename"
            aria-label={`Name of variant ${i + 1}`}
            defaultValue={v.name}
            maxLength={60}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onBlur={(e) => {
              store.getState().renameVariant(i, e.currentTarget.value);
              setEditing(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
              if (e.key === 'Escape') {
                e.currentTarget.value = v.name;
                e.currentTarget.blur();
              }
            }}
          />
        ) : (
          <span key={i} className={`variant-tab${i === active ? ' on' : ''}`}>
            <button
              type="button"
              role="tab"
              aria-selected={i === active}
              className="variant-tab-button"
              onClick={() => store.getState().setActiveVariant(i)}
              onDoubleClick={() => setEditing(i)}
              title="Double-click to rename"
            >
              <span className="variant-name">{v.name}</span>
              <RunBadge run={runs[i] ?? null} />
            </button>
            <button type="button" className="variant-edit" aria-label={`Rename ${v.name}`} title="Rename" onClick={() => setEditing(i)}>✎</button>
          </span>
        ),
      )}
    </div>
  );
}

/** "1.0 s", "deadlock", "error": the tab's last run at a glance. */
function RunBadge({ run }: { run: VariantRun | null }) {
  if (!run) return null;
  const outcome = run.trace?.outcome;
  if (!outcome || outcome.status !== 'ok') return <span className="variant-run problem">{run.failure ? 'failed' : outcome?.status}</span>;
  return <span className="variant-run">{formatSeconds(outcome.virtualTime)}</span>;
}
