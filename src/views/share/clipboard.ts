/**
 * Copies text, or says it could not. The async Clipboard API needs a secure context and
 * permission; inside some iframes and older browsers it is missing or refuses. Then the
 * field holding the text is selected so Ctrl+C (or a long press) copies it by hand.
 */
export type CopyResult = 'copied' | 'select-and-copy';

export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null, clipboard: Clipboard | undefined): Promise<CopyResult> {
  try {
    if (clipboard) {
      await clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied or unavailable: fall through to selecting the text.
  }
  field?.focus();
  field?.select();
  return 'select-and-copy';
}
