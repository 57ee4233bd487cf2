import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A frozen v1 share link and the state it must open (src/share/fixtures/golden-links.json). */
export interface GoldenLink {
  name: string;
  fragment: string;
  state: {
    mode: 'single' | 'compare';
    variants: Array<{ name: string; code: string }>;
    view: { panel?: 'timeline' | 'tasks' | 'console'; presenter?: boolean };
    playback?: { event: number };
  };
}

// Read, not imported: one fixture holds a lone-surrogate escape some JSON loaders reject.
export const GOLDEN_LINKS: GoldenLink[] = JSON.parse(readFileSync(join(import.meta.dirname, '../src/share/fixtures/golden-links.json'), 'utf8')).links;
