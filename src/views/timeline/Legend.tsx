/**
 * The key to the timeline's shapes, drawn with the same CSS colours as the canvas.
 * Each entry differs in shape or pattern as well as colour.
 */
export function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li><svg width="18" height="10" aria-hidden="true"><rect width="18" height="10" rx="1" className="sw-running" /></svg>running</li>
      <li>
        <svg width="18" height="10" aria-hidden="true">
          <defs><pattern id="lg-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line y2="4" className="sw-hatch" /></pattern></defs>
          <rect x="0.5" y="0.5" width="17" height="9" className="sw-waiting" />
          <rect x="0.5" y="0.5" width="17" height="9" fill="url(#lg-hatch)" />
        </svg>
        waiting
      </li>
      <li><svg width="18" height="10" aria-hidden="true"><rect x="0.5" y="0.5" width="17" height="9" className="sw-ready" /></svg><span title="Could run, but the loop is busy elsewhere">ready</span></li>
      <li>
        <svg width="18" height="10" aria-hidden="true">
          <defs><pattern id="lg-stripes" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line y2="5" className="sw-stripe" /></pattern></defs>
          <rect width="18" height="10" className="sw-blocking" />
          <rect width="18" height="10" fill="url(#lg-stripes)" />
        </svg>
        <span title="A blocking call (time.sleep) froze the whole loop">blocked</span>
      </li>
      <li><svg width="18" height="10" aria-hidden="true"><rect width="18" height="10" rx="1" className="sw-thread" /></svg>thread</li>
      <li className="legend-marks" title="○ created · ◆ finished · ✕ failed · ■ cancelled · • printed" aria-label="Marks: created, finished, failed, cancelled, printed">
        <span aria-hidden="true"><span className="mk-create">○</span><span className="mk-finish">◆</span><span className="mk-error">✕</span><span className="mk-cancel">■</span><span className="mk-print">•</span></span>
        marks
      </li>
    </ul>
  );
}
