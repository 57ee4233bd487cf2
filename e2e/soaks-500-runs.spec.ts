import { expect, test } from './fixtures.ts';

/**
 * 500 consecutive runs in one page: the worker's memory (Pyodide's WebAssembly heap, reported
 * in each trace's meta.heapBytes; WebAssembly memory never shrinks, so this is its high-water
 * mark) must level off, not grow run after run. The page's own JS heap is reported beside it.
 */
const SNIPPETS = [
  'import asyncio\nasync def f(i):\n    await asyncio.sleep(i % 3)\n    return i\nasync def main():\n    print(sum(await asyncio.gather(*(f(i) for i in range(50)))))\nasyncio.run(main())\n',
  'import asyncio\nasync def main():\n    q = asyncio.Queue()\n    for i in range(20):\n        q.put_nowait(i)\n    while not q.empty():\n        print(await q.get())\nasyncio.run(main())\n',
  'data = [str(i) * 10 for i in range(20000)]\nprint(len(data))\n',
  'raise ValueError("boom")\n',
];
const RUNS = 500;
/** Runs per page.evaluate: the loop runs inside the page, clicking Run as a person would. */
const BATCH = 50;

test('500 consecutive runs keep the worker memory bounded', async ({ app }) => {
  test.setTimeout(20 * 60_000);
  const heap: number[] = [];
  const pageHeap: number[] = [];
  const t0 = Date.now();
  for (let start = 0; start < RUNS; start += BATCH) {
    const batch = await app.page.evaluate(
      async ({ snippets, start, count }) => {
        const hook = window.__loopscope!;
        const run = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim().endsWith('Run'))!;
        const out: Array<{ heap: number; status: string; jsHeap: number }> = [];
        for (let i = start; i < start + count; i++) {
          hook.setCode(snippets[i % snippets.length]!);
          const before = hook.trace();
          run.click();
          // A new trace object lands when the run is over; then wait for the app to settle.
          await new Promise<void>((resolve) => {
            const check = () => (hook.trace() !== before ? resolve() : setTimeout(check, 5));
            check();
          });
          await hook.idle();
          const trace = hook.trace()!;
          const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
          out.push({ heap: trace.meta.heapBytes ?? 0, status: trace.outcome.status, jsHeap: memory?.usedJSHeapSize ?? 0 });
        }
        return out;
      },
      { snippets: SNIPPETS, start, count: Math.min(BATCH, RUNS - start) },
    );
    expect(batch.map((b) => b.status)).toEqual(batch.map((_, i) => ((start + i) % SNIPPETS.length === 3 ? 'error' : 'ok')));
    heap.push(...batch.map((b) => b.heap));
    pageHeap.push(...batch.map((b) => b.jsHeap));
  }
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const max = (xs: number[]) => Math.max(...xs);
  const early = max(heap.slice(0, 50));
  const late = max(heap.slice(-50));
  const report =
    `${RUNS} runs in ${((Date.now() - t0) / 1000).toFixed(0)} s. Worker (WebAssembly) heap: after run 1 ${mb(heap[0]!)} MB, ` +
    `max over runs 1-50 ${mb(early)} MB, max over runs ${RUNS - 49}-${RUNS} ${mb(late)} MB. ` +
    `Page JS heap: max over runs 1-50 ${mb(max(pageHeap.slice(0, 50)))} MB, over the last 50 ${mb(max(pageHeap.slice(-50)))} MB.`;
  console.log(report);
  test.info().annotations.push({ type: 'soak', description: report });
  // The heap may grow while Python's allocator warms up, then must level off.
  expect(late).toBeLessThanOrEqual(early * 1.25 + 16 * 1024 * 1024);
});
