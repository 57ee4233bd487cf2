/**
 * The one message an embed sends its host page: its content height, so the host can size the
 * iframe to fit. Versioned like every Loopscope protocol: a host checks `type` and `v` and
 * ignores what it does not know. public/loopscope-embed.js is the host side, in plain JS (it
 * cannot import this file); embed-message.test.ts holds the two to the same names.
 *
 *   { "type": "loopscope:height", "v": 1, "height": 612 }
 *
 * `height` is the embed's content height in CSS pixels, a whole number, 1–100,000. Sent once
 * the embed has laid out and again whenever it changes (after a run, when lanes appear).
 */

export const HEIGHT_MESSAGE_TYPE = 'loopscope:height';
export const HEIGHT_MESSAGE_VERSION = 1;
/** No real embed is taller; a bigger number is a bug or a forgery and is ignored. */
export const MAX_REPORTED_HEIGHT = 100_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  v: typeof HEIGHT_MESSAGE_VERSION;
  /** Content height, CSS px. */
  height: number;
}

/** The message for a measured height (rounded up, so the last pixel row is not cut off). */
export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, v: HEIGHT_MESSAGE_VERSION, height: Math.min(MAX_REPORTED_HEIGHT, Math.max(1, Math.ceil(height))) };
}

/** The height in a message from an embed, or null for anything else (other versions, other senders' messages). */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Partial<HeightMessage>;
  if (m.type !== HEIGHT_MESSAGE_TYPE || m.v !== HEIGHT_MESSAGE_VERSION) return null;
  const h = m.height;
  return typeof h === 'number' && Number.isInteger(h) && h >= 1 && h <= MAX_REPORTED_HEIGHT ? h : null;
}
