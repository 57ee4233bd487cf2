/**
 * What the Python runtime hands back (a finished trace from runner.run, or a streamed batch):
 * marshal bytes (recorder.encode), or JSON text for the rare trace marshal refuses. Either
 * way events travel as rows, cheaper for Python to build and write than objects, and come out
 * here as the TraceEvent objects of trace.ts. A row is [t, type, task, line] and then either
 * one object of extra fields (or null), or the fields flat: key, value, key, value..., where a
 * tuple value is an object written the same way (recorder.py says why). JSON rows always
 * have the first form.
 */
import type { PyBuffer } from 'pyodide/ffi';
import type { TraceEvent } from '../protocol/trace.ts';
import { FLAG_REF, LIST, Reader, SMALL_TUPLE, TUPLE } from './marshal.ts';

/** An event as the Python runtime sends it: [t, type, task, line, extra fields or null]. */
type EventRow = [number, TraceEvent['type'], number, number | null, Record<string, unknown> | null];

export function expandEvents(rows: EventRow[]): TraceEvent[] {
  return rows.map(([t, type, task, line, extra]) => ({ t, type, task, line, ...extra }) as TraceEvent);
}

/**
 * Decodes a payload whose `events` member is a list of rows. `owned`: the caller owns the
 * Python bytes (a return value), so they are destroyed here; an argument Pyodide lent is not.
 */
export function decodePayload<T>(payload: string | PyBuffer, owned: boolean): T {
  if (typeof payload === 'string') {
    const data = JSON.parse(payload) as { events?: EventRow[] };
    return (data.events ? { ...data, events: expandEvents(data.events) } : data) as T;
  }
  const view = payload.getBuffer('u8');
  try {
    return new TraceReader(view.data as Uint8Array).read() as T;
  } finally {
    view.release();
    if (owned) payload.destroy();
  }
}


/** Reads an `events` list's rows straight into event objects, as expandEvents would make them. */
class TraceReader extends Reader {
  protected override member(key: string): unknown {
    if (key !== 'events' || (this.bytes[this.pos]! & ~FLAG_REF) !== LIST) return this.read();
    const slot = this.reserve();
    const n = this.int32();
    const events = new Array<unknown>(n);
    if (slot >= 0) this.refs[slot] = events;
    for (let i = 0; i < n; i++) events[i] = this.row();
    return events;
  }

  /** Steps over a type code; a flagged object's slot in the reference table, or -1. */
  private reserve(): number {
    return this.bytes[this.pos++]! & FLAG_REF ? this.refs.push(undefined) - 1 : -1;
  }

  private row(): unknown {
    if ((this.bytes[this.pos]! & ~FLAG_REF) !== SMALL_TUPLE) return expandEvents([this.read() as EventRow])[0];
    // A row is flagged when something else held it as it was written (a batch's slice of the
    // events): nothing in the payload refers back to it, but its slot must be taken.
    const slot = this.reserve();
    const n = this.bytes[this.pos++]!;
    const event: Record<string, unknown> = { t: this.read(), type: this.read(), task: this.read(), line: this.read() };
    if (n === 5) Object.assign(event, this.read());
    else this.pairs(event, n - 4);
    if (slot >= 0) this.refs[slot] = event;
    return event;
  }

  /** n values of a flat tuple (key, value, ...) into `target`; tuple values become objects too. */
  private pairs(target: Record<string, unknown>, n: number): Record<string, unknown> {
    for (let i = 0; i < n; i += 2) {
      const key = String(this.read());
      const type = this.bytes[this.pos]! & ~FLAG_REF;
      if (type === SMALL_TUPLE || type === TUPLE) {
        const slot = this.reserve();
        const size = type === SMALL_TUPLE ? this.bytes[this.pos++]! : this.int32();
        target[key] = this.pairs({}, size);
        if (slot >= 0) this.refs[slot] = target[key];
      } else {
        target[key] = this.read();
      }
    }
    return target;
  }
}
