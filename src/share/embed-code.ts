/**
 * The HTML a blogger pastes to embed a snippet: an `<iframe>` on the embed view, with the
 * options as query parameters (only those that differ from the defaults) and the code in
 * the fragment. Built as a string for the "Copy embed code" box, so every attribute is escaped:
 * variant names are user text and end up in the title.
 */
import { clampEmbedHeight, DEFAULT_EMBED_CONFIG, type EmbedConfig } from './embed-params.ts';
import { encodeShareFragment } from './share-link.ts';
import { DEFAULT_VARIANT_NAME, type ShareState } from './share-state.ts';

/** Where the embed view lives, relative to the app's origin (or base URL). */
export const EMBED_PATH = '/embed';
/** Value of the `data-loopscope` attribute: the host snippet finds our iframes by it (and its version). */
export const EMBED_MARKER = '1';

/**
 * The embed view's URL. With a state, the code travels in the fragment and `example` is left
 * out (the code would win anyway); without one, the embed opens `config.example` or the default.
 */
export function embedUrl(appOrigin: string, state: ShareState | null, config: Partial<EmbedConfig> = {}): string {
  const d = DEFAULT_EMBED_CONFIG;
  const c = { ...d, ...config };
  const params = new URLSearchParams();
  if (c.readonly !== d.readonly) params.set('readonly', c.readonly ? '1' : '0');
  if (c.autorun !== d.autorun) params.set('autorun', c.autorun ? '1' : '0');
  if (c.theme !== d.theme) params.set('theme', c.theme);
  const height = clampEmbedHeight(c.height);
  if (height !== d.height) params.set('height', String(height));
  if (c.panel) params.set('panel', c.panel);
  if (c.runButton !== d.runButton) params.set('run', c.runButton ? '1' : '0');
  if (!state && c.example) params.set('example', c.example);
  const query = params.toString();
  const fragment = state ? encodeShareFragment(state) : '';
  return `${appOrigin.replace(/\/+$/, '')}${EMBED_PATH}${query ? `?${query}` : ''}${fragment}`;
}

/** `<iframe …></iframe>` for a blog post. Throws like encodeShareFragment for a state that cannot be shared. */
export function embedCode(appOrigin: string, state: ShareState | null, config: Partial<EmbedConfig> = {}): string {
  const attributes: [string, string][] = [
    ['src', embedUrl(appOrigin, state, config)],
    ['title', embedTitle(state, config.example)],
    ['width', '100%'],
    ['height', String(clampEmbedHeight(config.height ?? DEFAULT_EMBED_CONFIG.height))],
    ['loading', 'lazy'],
    ['style', 'border: 0; max-width: 100%;'],
    ['data-loopscope', EMBED_MARKER],
  ];
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></iframe>`;
}

/** What a screen reader announces for the frame. */
function embedTitle(state: ShareState | null, example: string | undefined): string {
  if (state?.mode === 'compare') return `Loopscope: ${state.variants[0].name} vs ${state.variants[1].name}`;
  if (state && state.variants[0].name && state.variants[0].name !== DEFAULT_VARIANT_NAME) return `Loopscope: ${state.variants[0].name}`;
  if (!state && example) return `Loopscope example: ${example}`;
  return 'Loopscope: an asyncio snippet running on the event loop';
}

/** Escapes text for a double-quoted HTML attribute (and is safe in single quotes too). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"'<>]/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };
