/**
 * The event loop at any step of a trace, for step-through playback: which task runs,
 * the ready queue, who waits on what, pending timers, sync objects, blocked loop, busy
 * threads. Pure: build a LoopIndex once per trace, then ask stateAt(i) in any order.
 */
export type { BlockedLoop, BusyThread, LoopState, PendingTimer, SyncObjectState, WaitingTask } from './types.ts';
export { buildLoopIndex, DEFAULT_CHECKPOINT_EVERY, stateAt, stateAtTime, type LoopIndex } from './loop-index.ts';
export { eventIndexAtTime, nextEventOf, prevEventOf, type HasEvents } from './navigate.ts';
export { stateViolations, stepViolations } from './invariants.ts';
