import { describe, expect, it } from 'vitest';
import { indentOnEnter, indentOnTab } from './plain-editing.ts';

describe('plain editor keys', () => {
  it('Tab inserts spaces to the next multiple of four', () => {
    expect(indentOnTab('ab', 2, 2)).toEqual({ text: 'ab  ', caret: 4 });
    expect(indentOnTab('x\n', 2, 2)).toEqual({ text: 'x\n    ', caret: 6 });
    expect(indentOnTab('x\n  y', 4, 4)).toEqual({ text: 'x\n    y', caret: 6 });
  });

  it('Tab replaces a selection', () => {
    expect(indentOnTab('abcd', 0, 4)).toEqual({ text: '    ', caret: 4 });
  });

  it('Enter keeps the indentation and adds a level after a colon', () => {
    expect(indentOnEnter('    x = 1', 9, 9)).toEqual({ text: '    x = 1\n    ', caret: 14 });
    expect(indentOnEnter('async def main():', 17, 17)).toEqual({ text: 'async def main():\n    ', caret: 22 });
    expect(indentOnEnter('if x:  # why', 12, 12).text).toBe('if x:  # why\n    ');
    expect(indentOnEnter('a\nb', 1, 1)).toEqual({ text: 'a\n\nb', caret: 2 });
  });
});
