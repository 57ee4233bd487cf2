import { escapeAttribute } from '../../share/embed-code.ts';

/** Where the build serves the host page's sizing script (public/loopscope-embed.js). */
export const HOST_SNIPPET_PATH = '/loopscope-embed.js';

/** `<script src="…/loopscope-embed.js" async></script>`: the tag a blog adds once per page. */
export function hostSnippetTag(origin: string): string {
  return `<script src="${escapeAttribute(`${origin.replace(/\/+$/, '')}${HOST_SNIPPET_PATH}`)}" async></script>`;
}
