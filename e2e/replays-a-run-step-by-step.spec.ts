import type { Page } from '@playwright/test';
import { modelOf } from '../src/model/build-model.ts';
import { buildLoopIndex, stateAt, type LoopIndex, type LoopState } from '../src/model/loop-state/index.ts';
import { taskLineAt } from '../src/model/playback-line.ts';
import type { Trace } from '../src/protocol/trace.ts';
import { syncSummary } from '../src/views/playback/sync-summary.ts';
import { expect, test, type Loopscope } from './fixtures.ts';

/** What the event-loop panel shows, read from its DOM: task ids, labels, times, object states. */
interface PanelReading {
  index: number;
  when: string;
  running: number[];
  ready: number[];
  waiting: Array<[number, string]>;
  timers: Array<[number, number]>;
  objects: Array<[number, string, number[]]>;
  blocked: number[];
  threads: number[];
}

interface Step {
  key: string;
  shift?: boolean;
  /** The event the cursor must land on. */
  index: number;
}

/**
 * Presses each key on the page and reads the panel once it shows the step's event: all in
 * the page, so a walk over hundreds of events is one round trip. The keys go to the focused
 * element and bubble to the page's handler, as typed keys do; `presents-to-a-class` drives
 * the same keys through Playwright's keyboard.
 */
function walk(page: Page, steps: Step[]): Promise<PanelReading[]> {
  return page.evaluate(async (steps) => {
    const panel = () => document.querySelector<HTMLElement>('[data-testid="loop-panel"]')!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const read = (p: HTMLElement): PanelReading => {
      const ids = (sel: string) => [...p.querySelectorAll<HTMLElement>(sel)].map((el) => Number(el.dataset.task));
      const rows = (block: string) => [...p.querySelectorAll<HTMLElement>(`[data-testid="${block}"] li[data-task]`)];
      return {
        index: Number(p.dataset.index),
        when: p.querySelector('[data-testid="loop-when"]')?.textContent ?? '',
        running: ids('[data-testid="loop-running"] .task-chip'),
        ready: ids('[data-testid="loop-ready"] li[data-task]'),
        waiting: rows('loop-waiting').map((li) => [Number(li.dataset.task), li.querySelector('.loop-wait code')!.textContent!] as [number, string]),
        timers: rows('loop-timers').map((li) => [Number(li.dataset.task), Number(li.dataset.due)] as [number, number]),
        objects: [...p.querySelectorAll<HTMLElement>('[data-testid="loop-objects"] li[data-obj]')].map(
          (li) => [Number(li.dataset.obj), li.querySelector('[data-testid="sync-summary"]')!.textContent!, [...li.querySelectorAll<HTMLElement>('.loop-waiters .task-chip')].map((c) => Number(c.dataset.task))] as [number, string, number[]],
        ),
        blocked: ids('[data-testid="loop-blocked"] .task-chip'),
        threads: ids('[data-testid="loop-threads"] li[data-task]'),
      };
    };
    const out: PanelReading[] = [];
    for (const step of steps) {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: step.key, shiftKey: step.shift ?? false, bubbles: true, cancelable: true }));
      // React commits the store change in a microtask; give it a few frames at most.
      for (let i = 0; i < 120 && panel().dataset.index !== String(step.index); i++) await (i === 0 ? Promise.resolve() : frame());
      out.push(read(panel()));
    }
    return out;
  }, steps);
}

/** The reading the loop-state model predicts for event `index`, computed here in Node. */
function expected(state: LoopState, trace: Trace): Omit<PanelReading, 'when'> {
  const lanes = new Map(modelOf(trace).lanes.map((l) => [l.task, l.kind === 'main' ? 'main program' : l.name]));
  const name = (id: number) => lanes.get(id) ?? `task ${id}`;
  return {
    index: state.index,
    running: state.running === null ? [] : [state.running],
    ready: state.ready,
    waiting: state.waiting.map((w) => [w.task, w.label]),
    timers: state.timers.map((t) => [t.task, t.due]),
    objects: state.objects.map((o) => [o.obj, syncSummary(o.kind, o.label, o.state, name), o.waiters]),
    blocked: state.blocked ? [state.blocked.task] : [],
    threads: state.threads.map((t) => t.thread),
  };
}

function check(readings: PanelReading[], steps: Step[], trace: Trace, loop: LoopIndex): void {
  readings.forEach(({ when, ...reading }, k) => {
    const { index, key } = steps[k]!;
    const where = `${key} to event ${index} (${trace.events[index]?.type ?? 'start'})`;
    expect(reading, where).toEqual(expected(stateAt(loop, index), trace));
    // Running, ready and waiting are three different places: no task is in two.
    const places = [...reading.running, ...reading.ready, ...reading.waiting.map(([task]) => task)];
    expect(new Set(places).size, where).toBe(places.length);
    expect(when, where).toContain(index < 0 ? 'before the first event' : `after event ${index + 1} of ${trace.events.length}`);
  });
}

async function loadTrace(app: Loopscope, id: string): Promise<{ trace: Trace; loop: LoopIndex; last: number }> {
  await app.loadExample(id);
  const trace = (await app.page.evaluate(() => window.__loopscope!.trace()))!;
  return { trace, loop: buildLoopIndex(trace), last: trace.events.length - 1 };
}

const EXAMPLES = [
  { id: 'semaphore', title: 'Semaphore: ten workers, three permits' },
  { id: 'producer-consumer-fixed', title: 'Queue: a producer and two consumers' },
  { id: 'event-loop', title: 'Event loop: three tasks with sleeps' },
];

test.describe('a learner replays a run step by step', () => {
  for (const example of EXAMPLES) {
    test(`${example.title}: the event-loop panel matches the trace at every step, forward and back`, async ({ app }) => {
      const { trace, loop, last } = await loadTrace(app, example.id);
      expect(last).toBeGreaterThan(20);
      // Outside a replay the panel shows the end of the run.
      await expect(app.page.getByTestId('loop-when')).toContainText('at the end of the run');

      const steps: Step[] = [{ key: 'Home', index: -1 }];
      for (let i = 0; i <= last; i++) steps.push({ key: 'ArrowRight', index: i });
      steps.push({ key: 'ArrowRight', index: last }); // past the end, a step stays on the last event
      for (let i = last - 1; i >= -1; i--) steps.push({ key: 'ArrowLeft', index: i });
      steps.push({ key: 'End', index: last });
      check(await walk(app.page, steps), steps, trace, loop);
    });
  }

  test('the editor follows the current task’s line, and Shift+arrows follow one task', async ({ app }) => {
    const { trace, loop } = await loadTrace(app, 'event-loop');
    await app.page.keyboard.press('Home');
    for (let i = 0; i < 12; i++) {
      await app.page.keyboard.press('ArrowRight');
      await expect(app.loopPanel).toHaveAttribute('data-index', String(i));
      const line = taskLineAt(trace, i)?.line ?? null;
      expect((await app.playback()).line).toBe(line);
      if (line !== null) await expect(app.editor.locator('.ls-line-replay')).toHaveCount(1);
    }
    // Shift+→ walks the task of the event under the cursor (nothing is selected).
    const task = trace.events[11]!.task;
    const next = trace.events.findIndex((ev, i) => i > 11 && ev.task === task);
    const steps: Step[] = [{ key: 'ArrowRight', shift: true, index: next }];
    check(await walk(app.page, steps), steps, trace, loop);
  });

  test('the transport buttons, scrubber, speed and a double-click drive the same replay', async ({ app }) => {
    const { trace } = await loadTrace(app, 'event-loop');
    const bar = app.playbackBar;
    await bar.getByRole('button', { name: 'To the start' }).click();
    await bar.getByRole('button', { name: 'Step forward' }).click();
    await bar.getByRole('button', { name: 'Step forward' }).click();
    expect((await app.playback()).index).toBe(1);
    const slider = bar.getByRole('slider', { name: 'Replay position' });
    await slider.fill('20');
    expect((await app.playback()).index).toBe(20);
    await slider.blur();
    const task = trace.events[20]!.task;
    const mine = trace.events.flatMap((ev, i) => (ev.task === task && i > 20 ? [i] : []));
    await bar.getByRole('button', { name: /^Next event of / }).click();
    expect((await app.playback()).index).toBe(mine[0]);

    await bar.getByRole('combobox', { name: 'Speed' }).selectOption('8');
    expect((await app.playback()).speed).toBe(8);
    await bar.getByRole('button', { name: 'Play' }).click();
    // It plays to the end by itself and stops there.
    await expect.poll(async () => (await app.playback()).playing, { timeout: 30_000 }).toBe(false);
    expect((await app.playback()).index).toBe(trace.events.length - 1);
    await bar.getByRole('combobox', { name: 'Speed' }).selectOption('1');

    // Double-clicking the timeline replays from that moment.
    const p = await app.pointAt('Task-3', 1.5);
    await app.page.mouse.dblclick(p.x, p.y);
    const at = (await app.playback()).index!;
    expect(trace.events[at]!.t).toBeLessThanOrEqual(1.5);
    expect(trace.events[at + 1]!.t).toBeGreaterThan(1.5);
  });

  test('a new run leaves the replay and stops playing', async ({ app }) => {
    await app.loadExample('event-loop');
    await app.page.keyboard.press('Space');
    await expect.poll(async () => (await app.playback()).index ?? -1).toBeGreaterThan(0);
    await app.run();
    expect(await app.playback()).toMatchObject({ index: null, playing: false });
    await expect(app.page.getByTestId('loop-when')).toContainText('at the end of the run');
  });
});
