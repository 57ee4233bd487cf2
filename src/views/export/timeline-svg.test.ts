import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build-model.ts';
import { FIXTURES } from '../../model/fixtures/index.ts';
import { manyTasksTrace } from '../../model/fixtures/many-tasks.ts';
import { DARK, LIGHT } from '../theme/palette.ts';
import { xmlProblem } from '../timeline/paint/xml-check.ts';
import { pictureLayout } from './picture-layout.ts';
import { timelineSvg } from './timeline-svg.ts';

describe('timeline SVG', () => {
  it('runs with no DOM at all (this is Node, as in `loopscope run --svg`)', () => {
    expect(typeof document).toBe('undefined');
  });

  for (const [name, make] of Object.entries(FIXTURES)) {
    it(`draws ${name} as a well-formed picture with every lane`, () => {
      const model = buildModel(make().trace);
      const svg = timelineSvg(model);
      expect(xmlProblem(svg)).toBeNull();
      const layout = pictureLayout(model);
      expect(svg).toContain(`width="${layout.width}" height="${layout.height}"`);
      for (const lane of model.lanes) expect(svg).toContain(`>${lane.kind === 'main' ? 'main program' : lane.name.replace(/&/g, '&amp;')}`);
      // Same model, same picture: the export is deterministic.
      expect(timelineSvg(model)).toBe(svg);
    });
  }

  it('draws the first lanes of a huge run and says how many it left out', () => {
    const model = buildModel(manyTasksTrace().trace);
    const layout = pictureLayout(model);
    expect(layout.shownLanes).toBe(200);
    const svg = timelineSvg(model);
    expect(svg).toContain(`Showing the first 200 of ${model.lanes.length.toLocaleString('en-US')} lanes`);
    expect(svg.length).toBeLessThan(1_000_000);
    expect(xmlProblem(svg)).toBeNull();
    // Building a 10,000-lane model takes about a second on its own.
  }, 30_000);

  it('uses the palette asked for', () => {
    const model = buildModel(FIXTURES.eventLoop().trace);
    expect(timelineSvg(model)).toContain(`fill="${LIGHT.surface}"`);
    expect(timelineSvg(model, { theme: 'dark' })).toContain(`fill="${DARK.surface}"`);
  });

  it('lays out every lane at a fixed height under the header and axis', () => {
    const model = buildModel(FIXTURES.eventLoop().trace);
    const layout = pictureLayout(model, 1000);
    expect(layout.width).toBe(1000);
    expect(layout.plotHeight).toBe(model.lanes.length * layout.rowHeight);
    expect(layout.scale.toPx(model.end)).toBeLessThan(layout.plotWidth);
    expect(pictureLayout(model, 10).plotWidth).toBe(240);
  });
});
