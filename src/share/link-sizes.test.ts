/**
 * Typical snippets must make links short enough for chat. Measured on the guide's own
 * snippets (../shared/corpus/seed); the numbers are in README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkLengthAdvice } from './link-length.ts';
import { encodeShareFragment } from './share-link.ts';
import { singleState } from './share-state.ts';

const SEED = join(import.meta.dirname, '../../../shared/corpus/seed');
/** Fragment lengths measured with fflate 0.8.3, level 9 (README.md). */
const MEASURED = { '02_async_gather.py': 355, '09_semaphore.py': 342, '12_queue_producer_consumer.py': 450 };

describe('link sizes for typical snippets', () => {
  for (const [file, measured] of Object.entries(MEASURED)) {
    it(`${file}: a ${measured}-character fragment, shorter than the code and fine for chat`, () => {
      const code = readFileSync(join(SEED, file), 'utf8');
      const fragment = encodeShareFragment(singleState(code));
      // A little slack: a newer fflate may compress a few bytes differently.
      expect(fragment.length).toBeLessThanOrEqual(measured * 1.05);
      expect(fragment.length).toBeLessThan(code.length);
      expect(linkLengthAdvice(`https://loopscope.example/${fragment}`).fitsChat).toBe(true);
    });
  }
});
