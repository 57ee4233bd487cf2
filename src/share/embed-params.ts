/**
 * The embed view's options, read from its URL: `/embed?theme=dark&height=500#v1.…`.
 * Query parameters hold how the embed looks and behaves; the fragment holds the code, in the
 * share-link format. Bloggers write these by hand, so nothing here throws: a bad value falls
 * back to its default and leaves a warning saying so.
 */
import { decodeShareFragment } from './share-link.ts';
import { SHARE_PANELS, type SharePanel, type ShareState } from './share-state.ts';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedConfig {
  /** `readonly`: the code cannot be edited. */
  readonly: boolean;
  /** `autorun`: run as soon as Python is ready. */
  autorun: boolean;
  /** `theme`: auto follows the reader's system. */
  theme: EmbedTheme;
  /** `height`: initial iframe height in CSS pixels, 200–2000. */
  height: number;
  /** `panel`: the panel shown first; absent = the app's default. */
  panel?: SharePanel;
  /** `run`: whether the Run button is shown. */
  runButton: boolean;
  /** `example`: gallery id to open when the fragment holds no code. */
  example?: string;
}

export interface EmbedSetup {
  config: EmbedConfig;
  /** The code from the fragment; null when there is none or it could not be read. */
  state: ShareState | null;
  /** One sentence per thing that was ignored or changed, for the page to show. */
  warnings: string[];
}

export const DEFAULT_EMBED_CONFIG: Readonly<EmbedConfig> = { readonly: false, autorun: false, theme: 'auto', height: 480, runButton: true };
export const MIN_EMBED_HEIGHT = 200;
export const MAX_EMBED_HEIGHT = 2000;
/** Query parameter names, in the order embed URLs write them. */
export const EMBED_PARAMS = ['readonly', 'autorun', 'theme', 'height', 'panel', 'run', 'example'] as const;

const THEMES: readonly string[] = ['light', 'dark', 'auto'];
const EXAMPLE_ID = /^[a-z0-9-]{1,60}$/;
const TRUE = ['', '1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];
/** Past this many, warnings are summarized: a URL can hold thousands of junk parameters. */
const MAX_WARNINGS = 10;

export function parseEmbedParams(params: URLSearchParams, fragment?: string | null): EmbedSetup {
  const warnings: string[] = [];
  const known: readonly string[] = EMBED_PARAMS;
  for (const key of new Set(params.keys())) {
    if (!known.includes(key)) warnings.push(`Unknown embed option ${quote(key)} was ignored.`);
  }
  const last = (key: string): string | null => {
    const all = params.getAll(key);
    if (all.length > 1) warnings.push(`The option ${key} was given ${all.length} times; the last one was used.`);
    return all.length ? all[all.length - 1] : null;
  };
  const flag = (key: string, fallback: boolean): boolean => {
    const raw = last(key);
    if (raw === null) return fallback;
    const value = raw.trim().toLowerCase();
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    warnings.push(`${key}=${quote(raw)} is not yes or no (use 1 or 0); ${fallback ? 1 : 0} was used.`);
    return fallback;
  };

  const d = DEFAULT_EMBED_CONFIG;
  const config: EmbedConfig = { readonly: flag('readonly', d.readonly), autorun: flag('autorun', d.autorun), theme: d.theme, height: d.height, runButton: d.runButton };

  const theme = last('theme')?.trim().toLowerCase();
  if (theme === 'system') config.theme = 'auto'; // the app's own name for it
  else if (theme !== undefined && THEMES.includes(theme)) config.theme = theme as EmbedTheme;
  else if (theme !== undefined) warnings.push(`theme=${quote(theme)} is not light, dark or auto; auto was used.`);

  const height = last('height');
  if (height !== null) {
    const px = /^\s*(\d{1,9})(?:px)?\s*$/i.exec(height);
    if (!px) warnings.push(`height=${quote(height)} is not a number of pixels; ${d.height} was used.`);
    else {
      config.height = clampEmbedHeight(Number(px[1]));
      if (config.height !== Number(px[1])) warnings.push(`height=${px[1]} is outside ${MIN_EMBED_HEIGHT}–${MAX_EMBED_HEIGHT} px; ${config.height} was used.`);
    }
  }

  const panel = last('panel')?.trim().toLowerCase();
  if (panel !== undefined && (SHARE_PANELS as readonly string[]).includes(panel)) config.panel = panel as SharePanel;
  else if (panel !== undefined) warnings.push(`panel=${quote(panel)} is not ${SHARE_PANELS.join(', ')}; the default panel was used.`);

  config.runButton = flag('run', d.runButton);
  if (!config.runButton && !config.autorun) warnings.push('run=0 without autorun=1: nothing can start the snippet.');

  const example = last('example');
  if (example !== null && EXAMPLE_ID.test(example)) config.example = example;
  else if (example !== null) warnings.push(`example=${quote(example)} is not a gallery id (lowercase letters, digits and dashes); it was ignored.`);

  const decoded = decodeShareFragment(fragment);
  let state: ShareState | null = null;
  if (decoded.ok) {
    state = decoded.state;
    if (config.example) warnings.push(`The link holds code and example=${config.example}; the code was used.`);
  } else if (decoded.reason !== 'empty') {
    const instead = config.example ? `The example ${config.example} was opened instead.` : 'The default example was opened instead.';
    warnings.push(`${decoded.problem} ${instead}`);
  }
  return { config, state, warnings: summarize(warnings) };
}

/** A whole number of pixels within the embed's range. */
export function clampEmbedHeight(px: number): number {
  if (!Number.isFinite(px)) return DEFAULT_EMBED_CONFIG.height;
  return Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, Math.round(px)));
}

/** Quotes a user-written value for a warning, shortened: it may be anything, of any length. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function summarize(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [...warnings.slice(0, MAX_WARNINGS - 1), `…and ${warnings.length - MAX_WARNINGS + 1} more problems with the embed options.`];
}
