/** Turning a file's bytes into snippet text, refusing what is not UTF-8 text. Pure. */

export type SourceText = { ok: true; text: string } | { ok: false; message: string };

export function decodeSource(bytes: Uint8Array, name: string): SourceText {
  if (bytes.includes(0)) return { ok: false, message: `${name} looks like a binary file (it contains NUL bytes); Loopscope runs Python source text.` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    return { ok: false, message: `${name} is not UTF-8 text; Loopscope runs Python source saved as UTF-8.` };
  }
}
