/** Helpers for tests that run the real engine in Node (one Pyodide per test file: boot is 1-2 s). */
import { readFileSync } from 'node:fs';
import type { RunOptions, Trace, TraceEvent } from '../protocol/trace.ts';
import type { Engine } from './engine.ts';
import { createNodeEngine } from './node-engine.ts';

let shared: Promise<Engine> | undefined;
export const engine = () => (shared ??= createNodeEngine());

export async function runFile(path: string, options: Partial<RunOptions> = {}): Promise<Trace> {
  return (await engine()).run(readFileSync(path, 'utf8'), options);
}

export async function runCode(code: string, options: Partial<RunOptions> = {}): Promise<Trace> {
  return (await engine()).run(code, options);
}

/** The program's stdout exactly as CPython would write it. */
export function stdoutOf(trace: Trace): string {
  return trace.output.filter((o) => o.stream === 'stdout').map((o) => o.text + ((o as { partial?: boolean }).partial ? '' : '\n')).join('');
}

export function stderrOf(trace: Trace): string {
  return trace.output.filter((o) => o.stream === 'stderr').map((o) => o.text + '\n').join('');
}

export function tasksByCoroutine(trace: Trace, coroutine: string) {
  return trace.tasks.filter((t) => t.coroutine === coroutine);
}

export function eventsOf<T extends TraceEvent['type']>(trace: Trace, type: T): Extract<TraceEvent, { type: T }>[] {
  return trace.events.filter((e): e is Extract<TraceEvent, { type: T }> => e.type === type);
}
