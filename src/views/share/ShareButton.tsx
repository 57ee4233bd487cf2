import { useEffect, useRef, useState } from 'react';
import { EmbedSection } from './EmbedSection.tsx';
import { LinkSection } from './LinkSection.tsx';
import './share.css';

/**
 * The Share button and its dialog (native <dialog>: focus trapped, Esc closes). The dialog's
 * content mounts only while open, so its choices start from what the page shows each time.
 */
export function ShareButton({ location = window.location }: { location?: Pick<Location, 'origin' | 'pathname'> }) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);

  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={() => setOpen(false)} onClick={(e) => e.target === dialog.current && setOpen(false)}>
        {open && (
          <div className="share-inner">
            <header className="share-header">
              <h2 id="share-title">Share</h2>
              <button type="button" className="icon-button" aria-label="Close sharing" onClick={() => setOpen(false)}>×</button>
            </header>
            <LinkSection location={location} />
            <EmbedSection origin={location.origin} />
          </div>
        )}
      </dialog>
    </>
  );
}
