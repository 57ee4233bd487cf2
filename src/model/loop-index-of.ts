import type { Trace } from '../protocol/trace.ts';
import { buildLoopIndex, type LoopIndex } from './loop-state/index.ts';

/**
 * The loop-state index of a trace, built once per trace object (like modelOf): playback
 * asks stateAt(i) on every step, and the store keeps only the plain trace.
 */
const cache = new WeakMap<Trace, LoopIndex>();
export function loopIndexOf(trace: Trace): LoopIndex {
  let loop = cache.get(trace);
  if (!loop) {
    loop = buildLoopIndex(trace);
    cache.set(trace, loop);
  }
  return loop;
}
