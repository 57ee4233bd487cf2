/**
 * Validation of every message the page receives from the runner. The worker runs untrusted
 * code that could post forged messages, so nothing is used before it passes here.
 * Envelopes, outcome and tasks are checked with zod; the (possibly 100,000s of) events with a
 * fast hand-written check of the fields every view relies on.
 */
import { z } from 'zod';
import { PROTOCOL_VERSION, type WorkerMessage } from './messages.ts';
import { TRACE_FORMAT, TRACE_VERSION } from './trace.ts';

const num = z.number().finite();
const line = z.number().int().nullable();

const task = z.object({
  id: z.number().int().nonnegative(),
  kind: z.enum(['main', 'task', 'thread']),
  name: z.string(),
  coroutine: z.string().nullable(),
  args: z.string().optional(),
  parent: z.number().int().nullable(),
  created: num,
  createdLine: line,
  finished: num.nullable(),
  state: z.enum(['finished', 'failed', 'cancelled', 'pending']),
  result: z.string().optional(),
  error: z.string().optional(),
});

const outputLine = z.object({ t: num, task: z.number().int(), stream: z.enum(['stdout', 'stderr']), text: z.string(), partial: z.boolean().optional() });

const outcome = z.object({
  status: z.enum(['ok', 'error', 'deadlock', 'limit', 'stopped']),
  virtualTime: num,
  exitCode: z.number().int(),
  summary: z.string(),
  error: z.object({ type: z.string(), message: z.string(), line }).optional(),
  deadlock: z.array(z.object({ task: z.number().int(), name: z.string(), coroutine: z.string().nullable(), line, waitingOn: z.string() })).optional(),
  limit: z.object({ kind: z.enum(['virtual-time', 'events', 'output', 'wall-clock', 'memory', 'recursion']), message: z.string(), line }).optional(),
  ranNothing: z.boolean().optional(),
  mode: z.enum(['script', 'toplevel-await']).optional(),
  truncated: z.string().optional(),
});

const EVENT_TYPES = new Set(['create', 'ready', 'object', 'sync', 'resume', 'suspend', 'finish', 'error', 'cancel', 'cancelled', 'block', 'thread', 'print', 'warning']);

/** The fields the model and views rely on, per event type. Returns an error or null. */
function checkEvents(events: unknown): string | null {
  if (!Array.isArray(events)) return 'events is not an array';
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Record<string, unknown> | null;
    if (typeof e !== 'object' || e === null) return `event ${i} is not an object`;
    if (!EVENT_TYPES.has(e.type as string)) return `event ${i} has an unknown type`;
    if (typeof e.t !== 'number' || !Number.isFinite(e.t)) return `event ${i} has no time`;
    if (!Number.isInteger(e.task)) return `event ${i} has no task`;
    if (e.line !== null && e.line !== undefined && !Number.isInteger(e.line)) return `event ${i} has a bad line`;
    if ((e.type === 'block' || e.type === 'thread') && (typeof e.end !== 'number' || !Number.isFinite(e.end))) return `event ${i} has no end`;
    if (e.type === 'suspend' && (typeof e.wait !== 'object' || e.wait === null || typeof (e.wait as { label?: unknown }).label !== 'string')) return `event ${i} has no wait`;
    if (e.type === 'print' && typeof e.text !== 'string') return `event ${i} has no text`;
    if ((e.type === 'object' || e.type === 'sync') && (!Number.isInteger(e.obj) || typeof e.state !== 'object' || e.state === null)) return `event ${i} has no object state`;
  }
  return null;
}

const traceShape = z.object({
  format: z.literal(TRACE_FORMAT),
  version: z.literal(TRACE_VERSION),
  outcome,
  tasks: z.array(task),
  events: z.array(z.unknown()),
  output: z.array(outputLine),
  meta: z.object({ python: z.string(), engine: z.string(), wallMs: num, heapBytes: num.optional(), options: z.record(z.string(), z.unknown()) }),
});

const v = z.literal(PROTOCOL_VERSION);
const runId = z.number().int().nonnegative();
const envelope = z.discriminatedUnion('type', [
  z.object({ type: z.literal('boot-progress'), v, phase: z.enum(['download', 'start', 'runtime']), loaded: num, total: num }),
  z.object({ type: z.literal('ready'), v, python: z.string(), bootMs: num, bootedFrom: z.enum(['snapshot', 'cold']).optional() }),
  z.object({ type: z.literal('boot-error'), v, message: z.string() }),
  z.object({ type: z.literal('run-started'), v, runId }),
  z.object({ type: z.literal('run-batch'), v, runId, events: z.array(z.unknown()), output: z.array(outputLine), tasks: z.array(task) }),
  z.object({ type: z.literal('run-finished'), v, runId, trace: traceShape }),
  z.object({ type: z.literal('run-failed'), v, runId, message: z.string() }),
]);

export type Validated = { ok: true; message: WorkerMessage } | { ok: false; error: string };

export function validateWorkerMessage(data: unknown): Validated {
  const parsed = envelope.safeParse(data);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid message' };
  const msg = parsed.data;
  const events = msg.type === 'run-batch' ? msg.events : msg.type === 'run-finished' ? msg.trace.events : null;
  if (events) {
    const problem = checkEvents(events);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, message: msg as WorkerMessage };
}

/** Validates a whole trace (e.g. one loaded from a file or produced in Node). */
export function validateTrace(data: unknown): { ok: true } | { ok: false; error: string } {
  const parsed = traceShape.safeParse(data);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid trace' };
  const problem = checkEvents(parsed.data.events);
  return problem ? { ok: false, error: problem } : { ok: true };
}
