import { useEffect, useRef, useState } from 'react';
import { modelOf } from '../../model/build-model.ts';
import { resolvedTheme } from '../../store/theme-slice.ts';
import { useApp, useAppStore } from '../store-context.tsx';
import { downloadBlob } from './download.ts';
import { exportFile, type ExportFormat } from './export-files.ts';
import './export.css';

const ITEMS: Array<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'svg', label: 'Timeline as SVG', hint: 'Sharp at any size: slides, posts' },
  { format: 'png', label: 'Timeline as PNG', hint: 'At 2×, for anything that takes images' },
  { format: 'trace', label: 'Trace as Loopscope JSON', hint: 'The whole run, as loopscope run --json prints it' },
  { format: 'perfetto', label: 'Trace for Perfetto', hint: 'Chrome trace JSON: open it at ui.perfetto.dev' },
];

/** Downloads of the last run: the timeline as a picture, the trace as data. */
export function ExportMenu() {
  const store = useAppStore();
  const hasTrace = useApp((s) => s.trace !== null);
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => root.current?.contains(e.target as Node) || setOpen(false);
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', esc);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', esc);
    };
  }, [open]);

  const save = async (format: ExportFormat) => {
    setOpen(false);
    const s = store.getState();
    if (!s.trace) return;
    try {
      const file = await exportFile(document, format, modelOf(s.trace), resolvedTheme(s), new Date());
      downloadBlob(document, file.blob, file.name);
      setFailure(null);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} disabled={!hasTrace} title={hasTrace ? 'Download the timeline or the trace' : 'Run the code first'} onClick={() => setOpen((o) => !o)}>
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="export-popover" role="menu" aria-label="Export">
          {ITEMS.map((item, i) => (
            // The first item takes focus, so the menu works from the keyboard (Tab moves on, Esc closes).
            <button key={item.format} type="button" role="menuitem" autoFocus={i === 0} className="export-item" data-format={item.format} onClick={() => void save(item.format)}>
              <span className="export-item-label">{item.label}</span>
              <span className="export-item-hint">{item.hint}</span>
            </button>
          ))}
        </div>
      )}
      {failure && <p className="export-failure" role="alert">{failure}</p>}
    </div>
  );
}
