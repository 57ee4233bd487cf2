import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build-model.ts';
import { FIXTURES } from '../../model/fixtures/index.ts';
import { TimeScale } from '../../units/time-scale.ts';
import { px, secs } from '../../units/time.ts';
import { LIGHT } from '../theme/palette.ts';
import type { PlaybackCursor, TimelineFrame } from './frame.ts';
import { SvgPainter } from './paint/svg-painter.ts';
import { renderCursor } from './render-cursor.ts';

function draw(cursor: PlaybackCursor | null): string {
  const model = buildModel(FIXTURES.eventLoop().trace);
  // 0–4 s over 400 px: 100 px per second, so the cursor at 1 s sits at x = 100.
  const frame: TimelineFrame = {
    model, scale: new TimeScale(secs(0), secs(4), px(400)), palette: LIGHT, scrollTop: px(0), height: px(200), rowHeight: px(40),
    emphasis: { selected: null, hovered: null, atLine: [], hoveredOutput: null }, pointerX: null, cursor,
  };
  const p = new SvgPainter();
  renderCursor(p, frame);
  return p.toString(400, 200, 'cursor');
}

describe('renderCursor', () => {
  it('draws nothing outside a replay', () => {
    expect(draw(null)).not.toContain('<rect');
  });

  it('fades the future, marks now, and dots the current lane', () => {
    const svg = draw({ t: secs(1), row: 2, fadeFuture: true });
    expect(svg).toMatch(/<rect x="101" y="0" width="299" height="200"[^>]*opacity="0.5"/);
    expect(svg).toMatch(/<rect x="99" y="0" width="2" height="200"/);
    expect(svg).toMatch(/<rect x="0" y="80" width="400" height="40"/);
    expect(svg).toContain('<circle cx="100"');
  });

  it('only marks the time on a compare partner', () => {
    const svg = draw({ t: secs(1), row: null, fadeFuture: false });
    expect(svg).not.toContain('width="299"');
    expect(svg).not.toContain('<circle');
    expect(svg).toMatch(/<rect x="99" y="0" width="2" height="200"/);
  });
});
