import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { exportAs } from './sharing.ts';
import { THREE_SLEEPS } from './snippets.ts';
import { validateTrace } from '../src/protocol/validate.ts';

/** Downloads are kept here for a person to open and look at. */
const DIR = 'e2e-artifacts/exports';
const keep = (file: { name: string; bytes: Buffer }, as: string) => {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}/${as}`, file.bytes);
};

test.describe('exports download files that parse', () => {
  test.beforeEach(async ({ app }) => {
    await app.setCode(THREE_SLEEPS);
    await app.run();
  });

  test('the timeline as SVG: well-formed, every lane named', async ({ app }) => {
    const file = await exportAs(app.page, 'Timeline as SVG');
    keep(file, 'timeline.svg');
    expect(file.name).toMatch(/^loopscope-timeline-\d{8}-\d{6}\.svg$/);
    const parsed = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      return { error: error?.textContent ?? null, root: doc.documentElement.localName, width: doc.documentElement.getAttribute('width'), texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
    }, file.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed).toMatchObject({ root: 'svg', width: '1200' });
    expect(parsed.texts).toEqual(expect.arrayContaining(['main program', 'Task-1', 'Task-2', 'Task-3', 'Task-4', 'sleep(3)']));
  });

  test('the timeline as PNG, at twice the SVG size', async ({ app }) => {
    const file = await exportAs(app.page, 'Timeline as PNG');
    keep(file, 'timeline.png');
    expect(file.name).toMatch(/\.png$/);
    expect(file.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height, big-endian, right after the signature and chunk header.
    expect(file.bytes.readUInt32BE(16)).toBe(2400);
    expect(file.bytes.readUInt32BE(20)).toBeGreaterThan(400);
  });

  test('the trace for Perfetto: Chrome trace JSON with a named track per task', async ({ app }) => {
    const file = await exportAs(app.page, 'Trace for Perfetto');
    expect(file.name).toMatch(/^loopscope-perfetto-\d{8}-\d{6}\.json$/);
    const out = JSON.parse(file.bytes.toString('utf8')) as { traceEvents: Array<{ ph: string; name: string; tid: number; args?: { name?: string } }> };
    const tracks = out.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);
    expect(tracks).toEqual(['<main>', 'Task-1 · main', 'Task-2 · nap', 'Task-3 · nap', 'Task-4 · nap']);
    expect(out.traceEvents.some((e) => e.ph === 'X')).toBe(true);
    const named = new Set(out.traceEvents.filter((e) => e.ph === 'M').map((e) => e.tid));
    for (const e of out.traceEvents) expect(named.has(e.tid)).toBe(true);
  });

  test('the trace as Loopscope JSON: valid, and the run this page shows', async ({ app }) => {
    const file = await exportAs(app.page, 'Trace as Loopscope JSON');
    expect(file.name).toMatch(/^loopscope-trace-\d{8}-\d{6}\.json$/);
    const trace = JSON.parse(file.bytes.toString('utf8'));
    expect(validateTrace(trace)).toEqual({ ok: true });
    expect(trace).toEqual(await app.page.evaluate(() => window.__loopscope!.trace()));
  });
});
