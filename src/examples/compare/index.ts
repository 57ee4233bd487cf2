import type { CompareExample } from './compare-example.ts';
import { semaphore2vs5 } from './semaphore-2-vs-5.ts';
import { sequentialVsGather } from './sequential-vs-gather.ts';

export type { CompareExample, CompareVariant } from './compare-example.ts';

/** The compare gallery, first in the Examples dialog: "sequential vs gather" opens it. */
export const COMPARE_EXAMPLES: readonly CompareExample[] = [sequentialVsGather, semaphore2vs5];

export function compareExampleById(id: string): CompareExample | undefined {
  return COMPARE_EXAMPLES.find((e) => e.id === id);
}
