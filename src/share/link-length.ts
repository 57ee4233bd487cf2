/**
 * Will a share link survive where it is going? Checked before copying, so the user hears
 * about a link too long for chat before a friend receives half of it.
 * Limits measured in PLATFORM-NOTES.md ("Share links").
 */

/** Discord's message limit, the tightest common chat tool, in characters. */
export const CHAT_LIMIT = 2_000;
/** Slack truncates messages here, in characters. */
export const SLACK_LIMIT = 40_000;
/** Our cap: Chromium refuses to open URLs beyond ~2,097,000 characters; we keep a margin. */
export const BROWSER_LIMIT = 2_000_000;

export interface LinkLengthAdvice {
  /** Characters (UTF-16 code units; share links are ASCII, so also bytes). */
  length: number;
  /** Short enough to paste into Discord and other chat tools. */
  fitsChat: boolean;
  /** Short enough for a browser to open. */
  fitsBrowser: boolean;
  /** A warning to show before copying; absent when the link fits everywhere. */
  message?: string;
}

export function linkLengthAdvice(url: string): LinkLengthAdvice {
  const length = url.length;
  const fitsChat = length <= CHAT_LIMIT;
  const fitsBrowser = length <= BROWSER_LIMIT;
  const size = `This link is ${count(length)} characters long`;
  let message: string | undefined;
  if (!fitsBrowser) {
    message = `${size}, too long for a browser to open (the limit is about ${count(BROWSER_LIMIT)}). Shorten the code to share it.`;
  } else if (length > SLACK_LIMIT) {
    message = `${size}: chat tools will cut it off (Slack at ${count(SLACK_LIMIT)}, Discord at ${count(CHAT_LIMIT)}). It still works in email or a document.`;
  } else if (!fitsChat) {
    message = `${size}: Discord and some chat tools cut links off at ${count(CHAT_LIMIT)}. It works in Slack, email or a document.`;
  }
  return message === undefined ? { length, fitsChat, fitsBrowser } : { length, fitsChat, fitsBrowser, message };
}

/** 12345 → "12,345", independent of the user's locale (these sentences are English). */
function count(n: number): string {
  return n.toLocaleString('en-US');
}
