import { useApp, useAppStore } from '../store-context.tsx';

/** Why the link this page was opened with could not be used: stays until dismissed. */
export function LinkNotice() {
  const store = useAppStore();
  const notice = useApp((s) => s.linkNotice);
  if (!notice) return null;
  return (
    <div className="link-notice" role="alert" data-testid="link-notice">
      <span className="link-notice-icon" aria-hidden="true">!</span>
      <p>{notice}</p>
      <button type="button" className="icon-button" aria-label="Dismiss this message" onClick={() => store.getState().setLinkNotice(null)}>×</button>
    </div>
  );
}
