import { describe, expect, it } from 'vitest';
import { MAX_CODE_CHARS, MAX_NAME_CHARS, shareStateProblem, shareStateSchema, singleState } from './share-state.ts';

const v = (code = 'print(1)\n', name = 'main') => ({ name, code });

describe('shareStateSchema', () => {
  it('accepts one snippet in single mode and two in compare mode', () => {
    expect(shareStateProblem(singleState('x = 1\n'))).toBeNull();
    expect(shareStateProblem({ mode: 'compare', variants: [v('a', 'before'), v('b', 'after')], view: { panel: 'tasks', presenter: true }, playback: { event: 0 } })).toBeNull();
  });

  it('ties the number of snippets to the mode', () => {
    expect(shareStateProblem({ mode: 'single', variants: [v(), v()], view: {} })).toBe('a single link holds exactly one snippet (at variants)');
    expect(shareStateProblem({ mode: 'compare', variants: [v()], view: {} })).toBe('a compare link holds exactly two snippets (at variants)');
    expect(shareStateProblem({ mode: 'compare', variants: [v(), v(), v()], view: {} })).toBe('a compare link holds exactly two snippets (at variants)');
    expect(shareStateProblem({ mode: 'triple', variants: [v()], view: {} })).toMatch(/at mode/);
  });

  it('limits code to 200,000 characters and names to 60', () => {
    expect(shareStateProblem(singleState('x'.repeat(MAX_CODE_CHARS)))).toBeNull();
    expect(shareStateProblem(singleState('x'.repeat(MAX_CODE_CHARS + 1)))).toBe('the code is longer than 200,000 characters (at variants.0.code)');
    expect(shareStateProblem(singleState('', 'n'.repeat(MAX_NAME_CHARS)))).toBeNull();
    expect(shareStateProblem(singleState('', 'n'.repeat(MAX_NAME_CHARS + 1)))).toBe('a variant name is longer than 60 characters (at variants.0.name)');
  });

  it('wants a known panel, a boolean presenter and a non-negative whole event index', () => {
    const with_ = (extra: object) => shareStateProblem({ ...singleState(''), ...extra });
    expect(with_({ view: { panel: 'flamegraph' } })).toMatch(/at view.panel/);
    expect(with_({ view: { presenter: 'yes' } })).toMatch(/at view.presenter/);
    expect(with_({ playback: { event: -1 } })).toMatch(/at playback.event/);
    expect(with_({ playback: { event: 1.5 } })).toMatch(/at playback.event/);
    expect(with_({ playback: { event: Number.POSITIVE_INFINITY } })).toMatch(/at playback.event/);
    expect(with_({ playback: {} })).toMatch(/at playback.event/);
  });

  it('drops unknown keys (a later version may add optional ones) and fills in a missing view', () => {
    const parsed = shareStateSchema().parse({ mode: 'single', variants: [{ ...v(), colour: 'red' }], theme: 'dark' });
    expect(parsed).toStrictEqual({ mode: 'single', variants: [v()], view: {} });
  });
});
