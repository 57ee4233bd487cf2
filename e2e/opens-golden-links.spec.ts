import { expect, Loopscope, test } from './fixtures.ts';
import { GOLDEN_LINKS } from './golden-links.ts';

const PANEL: Record<string, string> = { timeline: 'loop', tasks: 'tasks', console: 'output' };

/** Links shared with v1 must open in every later version (src/share/fixtures/golden-links.json). */
for (const [i, link] of GOLDEN_LINKS.entries()) {
  test(`golden link still opens: ${link.name}`, async ({ app }) => {
    // A query of its own makes each link a fresh page load, as clicking a link in chat is.
    await app.page.goto(`/?test&golden=${i}${link.fragment}`);
    await app.idle();
    const view = await app.page.evaluate(() => window.__loopscope!.view());
    const { state } = link;
    expect(view.linkNotice).toBeNull();
    expect(view.mode).toBe(state.mode);
    if (state.mode === 'compare') expect(view.variants.map((v) => v.code)).toEqual(state.variants.map((v) => v.code));
    expect(await app.code()).toBe(state.variants[0]!.code);
    expect(view.sidePanel).toBe(PANEL[state.view.panel ?? 'timeline']);
    expect(view.presenter).toBe(state.view.presenter === true);
    if (state.playback) {
      // The replay stops where the link says, or at the last event of a shorter run.
      const events = await app.page.evaluate(() => window.__loopscope!.trace()?.events.length ?? 0);
      expect(view.playbackIndex).toBe(Math.min(state.playback.event, events - 1));
    }
  });
}

// Leave the shared page on the plain app (not the last link's state) for the next spec file.
test.afterAll(async ({ sharedPage }) => new Loopscope(sharedPage).open());
