/**
 * Validation of every message the page receives from the runner. The worker runs untrusted
 * code that could post forged messages, so nothing is used before it passes here.
 * Envelopes, outcome and meta are checked with zod; the arrays that grow with the run (events,
 * tasks, output: 100,000s of rows) with fast hand-written checks of the fields the page relies
 * on. zod would also copy every row, which at 50,000 tasks costs more than the checks.
 */
import { z } from 'zod';
import { once } from '../util/once.ts';
import { PROTOCOL_VERSION, type WorkerMessage } from './messages.ts';
import { TRACE_FORMAT, TRACE_VERSION } from './trace.ts';

const TASK_KINDS = new Set(['main', 'task', 'thread']);
const TASK_STATES = new Set(['finished', 'failed', 'cancelled', 'pending']);
const STREAMS = new Set(['stdout', 'stderr']);

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isIntOrNull = (x: unknown) => x === null || Number.isInteger(x);
const isStrOrNull = (x: unknown) => x === null || typeof x === 'string';
const isOptStr = (x: unknown) => x === undefined || typeof x === 'string';

/** Every field of TaskInfo, as the zod schema this replaced checked them. Returns an error or null. */
function checkTasks(tasks: unknown): string | null {
  if (!Array.isArray(tasks)) return 'tasks is not an array';
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i] as Record<string, unknown> | null;
    if (typeof t !== 'object' || t === null) return `task ${i} is not an object`;
    if (!Number.isInteger(t.id) || (t.id as number) < 0) return `task ${i} has a bad id`;
    if (!TASK_KINDS.has(t.kind as string) || !TASK_STATES.has(t.state as string)) return `task ${i} has a bad kind or state`;
    if (typeof t.name !== 'string' || !isStrOrNull(t.coroutine) || !isOptStr(t.args) || !isOptStr(t.result) || !isOptStr(t.error)) return `task ${i} has a bad name`;
    if (!isIntOrNull(t.parent) || !isIntOrNull(t.createdLine)) return `task ${i} has a bad parent or line`;
    if (!isNum(t.created) || (t.finished !== null && !isNum(t.finished))) return `task ${i} has a bad time`;
  }
  return null;
}

/** Every field of OutputLine. Returns an error or null. */
function checkOutput(output: unknown): string | null {
  if (!Array.isArray(output)) return 'output is not an array';
  for (let i = 0; i < output.length; i++) {
    const o = output[i] as Record<string, unknown> | null;
    if (typeof o !== 'object' || o === null) return `output line ${i} is not an object`;
    if (!isNum(o.t) || !Number.isInteger(o.task) || !STREAMS.has(o.stream as string) || typeof o.text !== 'string') return `output line ${i} is malformed`;
    if (o.partial !== undefined && typeof o.partial !== 'boolean') return `output line ${i} is malformed`;
  }
  return null;
}

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

/** The zod schemas, built on first use (see util/once.ts). */
const schemas = once(() => {
  /** An array whose rows a check function above looks at: zod only sees that it is one (and does not copy it). */
  const rows = z.custom<unknown[]>((x) => Array.isArray(x), 'expected an array');
  const num = z.number().finite();
  const line = z.number().int().nullable();

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

  const traceShape = z.object({
    format: z.literal(TRACE_FORMAT),
    version: z.literal(TRACE_VERSION),
    outcome,
    tasks: rows,
    events: rows,
    output: rows,
    meta: z.object({ python: z.string(), engine: z.string(), wallMs: num, phasesMs: z.record(z.string(), num).optional(), heapBytes: num.optional(), options: z.record(z.string(), z.unknown()) }),
  });

  const v = z.literal(PROTOCOL_VERSION);
  const runId = z.number().int().nonnegative();
  const envelope = z.discriminatedUnion('type', [
    z.object({ type: z.literal('boot-progress'), v, phase: z.enum(['download', 'start', 'runtime']), loaded: num, total: num }),
    z.object({
      type: z.literal('ready'),
      v,
      python: z.string(),
      bootMs: num,
      bootedFrom: z.enum(['snapshot', 'cold']).optional(),
      timeline: z.object({ created: num, evaluated: num, init: num, files: num, compiled: num.optional(), ready: num }).optional(),
    }),
    z.object({ type: z.literal('boot-error'), v, message: z.string() }),
    z.object({ type: z.literal('run-started'), v, runId }),
    z.object({ type: z.literal('run-batch'), v, runId, events: rows, output: rows, tasks: rows }),
    z.object({ type: z.literal('run-finished'), v, runId, trace: traceShape }),
    z.object({ type: z.literal('run-failed'), v, runId, message: z.string() }),
  ]);
  return { envelope, traceShape };
});

export type Validated = { ok: true; message: WorkerMessage } | { ok: false; error: string };

export function validateWorkerMessage(data: unknown): Validated {
  const parsed = schemas().envelope.safeParse(data);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid message' };
  const msg = parsed.data;
  const body = msg.type === 'run-batch' ? msg : msg.type === 'run-finished' ? msg.trace : null;
  const problem = body && checkRows(body);
  return problem ? { ok: false, error: problem } : { ok: true, message: msg as WorkerMessage };
}

/** Validates a whole trace (e.g. one loaded from a file or produced in Node). */
export function validateTrace(data: unknown): { ok: true } | { ok: false; error: string } {
  const parsed = schemas().traceShape.safeParse(data);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid trace' };
  const problem = checkRows(parsed.data);
  return problem ? { ok: false, error: problem } : { ok: true };
}

function checkRows(body: { events: unknown; tasks: unknown; output: unknown }): string | null {
  return checkEvents(body.events) ?? checkTasks(body.tasks) ?? checkOutput(body.output);
}
