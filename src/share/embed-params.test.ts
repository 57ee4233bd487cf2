import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_CONFIG, parseEmbedParams } from './embed-params.ts';
import { encodeShareFragment } from './share-link.ts';
import { singleState } from './share-state.ts';

const parse = (query: string, fragment?: string) => parseEmbedParams(new URLSearchParams(query), fragment);

describe('parseEmbedParams', () => {
  it('gives the defaults, no code and no warnings for a bare embed URL', () => {
    expect(parse('')).toStrictEqual({ config: DEFAULT_EMBED_CONFIG, state: null, warnings: [] });
    expect(DEFAULT_EMBED_CONFIG).toStrictEqual({ readonly: false, autorun: false, theme: 'auto', height: 480, runButton: true });
  });

  it('reads every option, with the spellings bloggers use', () => {
    const { config, warnings } = parse('readonly&autorun=yes&theme=Dark&height=640px&panel=tasks&run=0&example=semaphore');
    expect(config).toStrictEqual({ readonly: true, autorun: true, theme: 'dark', height: 640, panel: 'tasks', runButton: false, example: 'semaphore' });
    expect(warnings).toStrictEqual([]);
    expect(parse('readonly=false&autorun=ON&theme=system&run=true').config).toMatchObject({ readonly: false, autorun: true, theme: 'auto', runButton: true });
  });

  it('falls back to the default for a malformed value, and says so', () => {
    const { config, warnings } = parse('readonly=maybe&theme=sepia&height=tall&panel=flame&example=../etc/passwd');
    expect(config).toStrictEqual(DEFAULT_EMBED_CONFIG);
    expect(warnings).toStrictEqual([
      'readonly="maybe" is not yes or no (use 1 or 0); 0 was used.',
      'theme="sepia" is not light, dark or auto; auto was used.',
      'height="tall" is not a number of pixels; 480 was used.',
      'panel="flame" is not timeline, tasks, console; the default panel was used.',
      'example="../etc/passwd" is not a gallery id (lowercase letters, digits and dashes); it was ignored.',
    ]);
  });

  it('clamps the height to 200–2000 px', () => {
    expect(parse('height=50')).toMatchObject({ config: { height: 200 }, warnings: ['height=50 is outside 200–2000 px; 200 was used.'] });
    expect(parse('height=99999999')).toMatchObject({ config: { height: 2000 } });
    expect(parse('height=-5').config.height).toBe(480);
  });

  it('warns about unknown and repeated options, and a snippet nothing can start', () => {
    expect(parse('autoRun=1&theme=dark&theme=light&run=0').warnings).toStrictEqual([
      'Unknown embed option "autoRun" was ignored.',
      'The option theme was given 2 times; the last one was used.',
      'run=0 without autorun=1: nothing can start the snippet.',
    ]);
    expect(parse('theme=dark&theme=light').config.theme).toBe('light');
  });

  it('summarizes a flood of junk parameters', () => {
    const query = Array.from({ length: 500 }, (_, i) => `junk${i}=1`).join('&');
    const { warnings } = parse(query);
    expect(warnings).toHaveLength(10);
    expect(warnings[9]).toBe('…and 491 more problems with the embed options.');
  });

  it('takes the code from the fragment, in the share-link format', () => {
    const state = singleState('print(1)\n');
    expect(parse('readonly=1', encodeShareFragment(state))).toMatchObject({ state, warnings: [] });
    expect(parse('example=semaphore', encodeShareFragment(state)).warnings).toStrictEqual(['The link holds code and example=semaphore; the code was used.']);
  });

  it('warns about a broken fragment and names what opens instead', () => {
    expect(parse('', '#v9.xyz').warnings[0]).toMatch(/newer version of Loopscope.*The default example was opened instead\.$/);
    expect(parse('example=lock', '#v1.@@').warnings).toStrictEqual(['This link is damaged: it contains characters a Loopscope link never has. The example lock was opened instead.']);
    expect(parse('example=lock', '#v1.@@').state).toBeNull();
  });
});
