import { describe, expect, it } from 'vitest';
import { rowHeightFor } from '../timeline/geometry.ts';
import { px } from '../../units/time.ts';
import { editorHeight, outputHeight, tasksHeight, timelineHeight } from './embed-layout.ts';

describe('embed layout', () => {
  it('fits the editor to the snippet, within limits', () => {
    expect(editorHeight('print(1)\n')).toBe(4 * 21 + 20);
    // Ten lines and the empty eleventh after the final newline, which Monaco numbers too.
    expect(editorHeight('a\n'.repeat(10))).toBe(11 * 21 + 20);
    expect(editorHeight('a\n'.repeat(10) + 'b')).toBe(11 * 21 + 20);
    expect(editorHeight('a\n'.repeat(500))).toBe(24 * 21 + 20);
  });

  it('gives each lane the row height the timeline will choose, up to ten lanes', () => {
    expect(timelineHeight(null)).toBe(170);
    const h = timelineHeight(5);
    // The timeline sizes rows from the height under its header and axis.
    expect(rowHeightFor(5, px(h - 41 - 30))).toBe(36);
    expect(timelineHeight(50)).toBe(timelineHeight(10));
  });

  it('fits the output panel to a few printed lines', () => {
    expect(outputHeight(null)).toBe(outputHeight(1));
    expect(outputHeight(5) - outputHeight(4)).toBe(20);
    expect(outputHeight(500)).toBe(outputHeight(8));
  });

  it('fits the tasks panel to the lanes, up to eight rows', () => {
    expect(tasksHeight(5) - tasksHeight(4)).toBe(30);
    expect(tasksHeight(80)).toBe(tasksHeight(8));
    expect(tasksHeight(null)).toBeLessThan(tasksHeight(1));
  });
});
