/**
 * What a share link holds: the code (one snippet, or two side by side), which panel was
 * open, and where playback was. Plain, versioned data: the link format around it is
 * `share-link.ts`. Every decoded link passes `shareStateSchema` before anything uses it.
 */
import { z } from 'zod';
import { once } from '../util/once.ts';

/** Longest snippet a link may carry, in UTF-16 code units (JavaScript string length). */
export const MAX_CODE_CHARS = 200_000;
/** Longest variant name, in UTF-16 code units. */
export const MAX_NAME_CHARS = 60;
/** The name a single snippet gets when the link does not say (the `#code=` form). */
export const DEFAULT_VARIANT_NAME = 'main';

export type SharePanel = 'timeline' | 'tasks' | 'console';
export const SHARE_PANELS: readonly SharePanel[] = ['timeline', 'tasks', 'console'];

/** One snippet in the link. */
export interface ShareVariant {
  /** Shown above the editor in compare mode ("before", "fixed"); at most 60 characters. */
  name: string;
  /** Python source, exactly as typed (CRLF, NUL and lone surrogates survive). */
  code: string;
}

/** How the page looked when the link was made. */
export interface ShareView {
  /** The panel beside the timeline; absent means the app's default. */
  panel?: SharePanel;
  /** Presenter mode: big type, no chrome. */
  presenter?: boolean;
}

/** Where the replay stood. */
export interface SharePlayback {
  /** Index into the trace's events (0-based) the cursor was on. */
  event: number;
}

interface ShareStateBase {
  view: ShareView;
  /** Absent: open at the end of the run. */
  playback?: SharePlayback;
}

/** One snippet. */
export interface SingleShareState extends ShareStateBase {
  mode: 'single';
  variants: [ShareVariant];
}

/** Two snippets side by side (before / after). */
export interface CompareShareState extends ShareStateBase {
  mode: 'compare';
  variants: [ShareVariant, ShareVariant];
}

export type ShareState = SingleShareState | CompareShareState;

/**
 * The schema every decoded state passes. Unknown keys are dropped, so a later version may add
 * optional fields without breaking this one; the variant count is tied to the mode. Built on
 * first use (see util/once.ts): most visits never decode or check a link.
 */
export const shareStateSchema: () => z.ZodType<ShareState> = once(() => {
  const variant = z.object({
    name: z.string().max(MAX_NAME_CHARS, `a variant name is longer than ${MAX_NAME_CHARS} characters`),
    code: z.string().max(MAX_CODE_CHARS, `the code is longer than ${MAX_CODE_CHARS.toLocaleString('en-US')} characters`),
  });
  const base = {
    // A missing view means the default one: costs nothing, and keeps hand-made JSON simple.
    view: z
      .object({
        panel: z.enum(SHARE_PANELS as [SharePanel, ...SharePanel[]]).optional(),
        presenter: z.boolean().optional(),
      })
      .default(() => ({})),
    playback: z.object({ event: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) }).optional(),
  };
  return z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('single'), variants: z.tuple([variant], 'a single link holds exactly one snippet'), ...base }),
    z.object({ mode: z.literal('compare'), variants: z.tuple([variant, variant], 'a compare link holds exactly two snippets'), ...base }),
  ]);
});

/** A one-snippet state with the default view. */
export function singleState(code: string, name: string = DEFAULT_VARIANT_NAME): SingleShareState {
  return { mode: 'single', variants: [{ name, code }], view: {} };
}

/**
 * What is wrong with a state, for humans, or null when it can be shared. The UI asks this
 * before offering "Copy link" (encodeShareFragment throws on such states).
 */
export function shareStateProblem(state: unknown): string | null {
  const result = shareStateSchema().safeParse(state);
  if (result.success) return null;
  const issue = result.error.issues[0];
  const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
  return `${issue.message}${where}`;
}
