import { useId, useRef, useState } from 'react';
import { modKeyLabel } from '../platform.ts';
import { copyText, type CopyResult } from './clipboard.ts';

interface CopyFieldProps {
  /** Visible label of the field. */
  label: string;
  value: string;
  /** Text of the copy button ("Copy link"). */
  action: string;
  /** A textarea for HTML, a one-line input for links. */
  multiline?: boolean;
  /** A problem that stops copying (the state cannot be shared). */
  blocked?: string | null;
  testId: string;
}

/**
 * A read-only, selectable field with a copy button. The field is always shown, so the text
 * can be copied by hand when the clipboard is unavailable; the status line says which happened.
 */
export function CopyField({ label, value, action, multiline = false, blocked = null, testId }: CopyFieldProps) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [result, setResult] = useState<{ value: string; result: CopyResult } | null>(null);
  // A changed value makes the last "Copied" stale.
  const status = result?.value === value ? result.result : null;
  const onCopy = async () => setResult({ value, result: await copyText(value, field.current, navigator.clipboard) });
  const common = { id, ref: field, readOnly: true, value: blocked ? '' : value, className: 'copy-field-input', 'data-testid': testId, onFocus: () => field.current?.select(), spellCheck: false };
  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field-label">{label}</label>
      <div className="copy-field-row">
        {multiline ? <textarea {...common} rows={4} /> : <input {...common} type="text" />}
        <button type="button" className="button button-primary" disabled={blocked !== null} onClick={() => void onCopy()}>
          {action}
        </button>
      </div>
      <p className="copy-field-status" role="status">
        {status === 'copied' && <span className="copy-ok">✓ Copied to the clipboard.</span>}
        {status === 'select-and-copy' && <span>The browser did not allow copying: the text is selected above, press {modKeyLabel()}+C.</span>}
      </p>
    </div>
  );
}
