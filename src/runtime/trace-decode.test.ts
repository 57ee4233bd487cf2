/**
 * The trace's way from Python to JS: marshal bytes (recorder.encode) must read exactly as the
 * JSON fallback does, for every row form and every kind of value a trace holds.
 */
import type { PyBuffer } from 'pyodide/ffi';
import { describe, expect, it } from 'vitest';
import { UnsupportedMarshal } from './marshal.ts';
import { decodePayload } from './trace-decode.ts';
import { engine } from './test-support.ts';

/** A payload built in Python, as marshal bytes and as the JSON fallback writes it. */
async function bothWays(python: string): Promise<[unknown, unknown]> {
  const { pyodide } = await engine();
  const make = pyodide.runPython(`
import json
from loopscope import recorder
def _both():
${python
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}
    return recorder.encode(payload), json.dumps(dict(payload, events=[recorder._dict_row(r) for r in payload["events"]]), default=repr)
_both
`);
  const pair = make();
  make.destroy();
  const [bytes, json] = [pair.get(0) as PyBuffer, pair.get(1) as string];
  pair.destroy();
  return [decodePayload(bytes, true), decodePayload(json, true)];
}

describe('trace decoding', { timeout: 60_000 }, () => {
  it('reads every row form and value as the JSON fallback does', async () => {
    const [fromMarshal, fromJson] = await bothWays(`
shared = {"kind": "lock", "label": "Lock.acquire()"}
rows = [
    (0.0, "ready", 1, None),
    (0.0, "resume", 1, None, None),
    (0.25, "create", 2, 7, "parent", 1),
    (0.5, "suspend", 2, 9, "wait", ("kind", "sleep", "label", "sleep(0.5)", "until", 1.0)),
    (0.5, "suspend", 3, 9, "wait", ("kind", "gather", "label", "gather(2 tasks)", "targets", [1, 2])),
    (1.0, "print", 0, 5, {"stream": "stdout", "text": "héllo ☃ 😀 \\ud800 " + "x" * 300}),
    (1.0, "print", 0, 5, {"stream": "stderr", "text": "naïve café"}),
    (1.0, "sync", 0, 5, {"obj": 1, "state": shared}),
    (1.0, "sync", 0, 6, {"obj": 1, "state": shared}),
    (2.0, "finish", 2, None, "result", "'done'"),
    (2.0, "error", 3, 4, {"exc": {"type": "ValueError", "message": "", "line": 4, "traceback": ["a", "b"]}}),
]
payload = {"events": rows, "tasks": [{"id": 1, "args": None, "big": 2 ** 70, "neg": -(2 ** 40), "f": -0.5, "ok": True}],
           "output": [], "meta": {"n": 12345678901}}`);
    expect(fromMarshal).toEqual(fromJson);
    const events = (fromMarshal as { events: Record<string, unknown>[] }).events;
    expect(events[3]).toEqual({ t: 0.5, type: 'suspend', task: 2, line: 9, wait: { kind: 'sleep', label: 'sleep(0.5)', until: 1 } });
    expect(Object.keys(events[2]!)).toEqual(['t', 'type', 'task', 'line', 'parent']);
    // A dict written once and referred to again is still two objects, as from JSON.
    expect(events[7]!.state).not.toBe(events[8]!.state);
  });

  it('reads a batch, whose rows are shared with the whole trace while it is written', async () => {
    const [fromMarshal, fromJson] = await bothWays(`
rows = [(float(i), "ready", i, None) for i in range(300)] + [(9.0, "create", 5, 1, "parent", 0)]
payload = {"events": rows[10:], "output": [], "tasks": []}`);
    expect(fromMarshal).toEqual(fromJson);
  });

  it('refuses what JSON would have written as a repr (the runtime never sends it)', async () => {
    const { pyodide } = await engine();
    const bytes = pyodide.runPython('import marshal\nmarshal.dumps({"events": [], "x": b"bytes"})') as PyBuffer;
    expect(() => decodePayload(bytes, true)).toThrow(UnsupportedMarshal);
  });
});
