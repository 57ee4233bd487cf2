/**
 * Colours for both themes, in one place: CSS reads them as custom properties
 * (applyPalette) and canvas renderers receive the same object. Hues come from the
 * Okabe–Ito set, which stays distinguishable with the common colour-vision
 * deficiencies; state is also told apart by shape (solid, hatched, dashed), never
 * by hue alone.
 */
import type { ThemeName } from '../../store/theme-slice.ts';

export interface Palette {
  name: ThemeName;
  bg: string;
  surface: string;
  surfaceAlt: string;
  border: string;
  text: string;
  textMuted: string;
  accent: string;
  accentText: string;
  focus: string;
  /** Timeline: solid bar, Python executing. */
  running: string;
  /** Timeline: outline and hatch of a wait. */
  waiting: string;
  waitingFill: string;
  /** Timeline: dashed outline, ready but the loop is busy. */
  ready: string;
  readyFill: string;
  /** Timeline: a blocking call, and the band across every lane. */
  blocking: string;
  blockingBand: string;
  thread: string;
  laneAlt: string;
  grid: string;
  link: string;
  highlight: string;
  ok: string;
  error: string;
  warn: string;
  cancel: string;
  okBg: string;
  errorBg: string;
  warnBg: string;
}

export const LIGHT: Palette = {
  name: 'light',
  bg: '#f5f6f8',
  surface: '#ffffff',
  surfaceAlt: '#f0f2f5',
  border: '#dfe3e8',
  text: '#1b1f24',
  textMuted: '#5b6470',
  accent: '#0b63c4',
  accentText: '#ffffff',
  focus: '#0b63c4',
  running: '#0072b2',
  waiting: '#3c8dc4',
  waitingFill: 'rgba(86, 180, 233, 0.16)',
  ready: '#b97800',
  readyFill: 'rgba(230, 159, 0, 0.14)',
  blocking: '#d55e00',
  blockingBand: 'rgba(213, 94, 0, 0.10)',
  thread: '#009e73',
  laneAlt: 'rgba(16, 24, 40, 0.025)',
  grid: 'rgba(16, 24, 40, 0.07)',
  link: 'rgba(60, 70, 85, 0.45)',
  highlight: '#e69f00',
  ok: '#00875f',
  error: '#c2410c',
  warn: '#a16207',
  cancel: '#a8457f',
  okBg: 'rgba(0, 158, 115, 0.10)',
  errorBg: 'rgba(213, 94, 0, 0.10)',
  warnBg: 'rgba(230, 159, 0, 0.14)',
};

export const DARK: Palette = {
  name: 'dark',
  bg: '#0e1116',
  surface: '#161a21',
  surfaceAlt: '#1c212a',
  border: '#2a313c',
  text: '#e7eaee',
  textMuted: '#9ba5b1',
  accent: '#4c9ee8',
  accentText: '#07121e',
  focus: '#7cbcf5',
  running: '#56b4e9',
  waiting: '#6fb8e6',
  waitingFill: 'rgba(86, 180, 233, 0.13)',
  ready: '#e6a51c',
  readyFill: 'rgba(230, 159, 0, 0.14)',
  blocking: '#ef7a2e',
  blockingBand: 'rgba(239, 122, 46, 0.13)',
  thread: '#2fc79b',
  laneAlt: 'rgba(255, 255, 255, 0.025)',
  grid: 'rgba(255, 255, 255, 0.07)',
  link: 'rgba(200, 210, 225, 0.42)',
  highlight: '#f0c040',
  ok: '#3ccf9f',
  error: '#ff8a4c',
  warn: '#f0c040',
  cancel: '#e08ac0',
  okBg: 'rgba(0, 158, 115, 0.16)',
  errorBg: 'rgba(239, 122, 46, 0.16)',
  warnBg: 'rgba(240, 192, 64, 0.14)',
};

export function paletteFor(name: ThemeName): Palette {
  return name === 'dark' ? DARK : LIGHT;
}

/** Publishes the palette as --ls-* custom properties on an element (usually <html>). */
export function applyPalette(el: HTMLElement, palette: Palette): void {
  for (const [key, value] of Object.entries(palette)) {
    if (key === 'name') continue;
    el.style.setProperty(`--ls-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  }
  el.dataset.theme = palette.name;
  el.style.colorScheme = palette.name;
}
