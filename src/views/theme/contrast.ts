/**
 * Presenter mode's palettes: the same hues, with the faint parts made firm. A projector
 * washes out thin greys and light fills; muted text, borders, grid lines, wait fills and
 * arrows get darker (light theme) or brighter (dark theme) so the back row can read them.
 */
import type { ThemeName } from '../../store/theme-slice.ts';
import { DARK, LIGHT, type Palette } from './palette.ts';

const LIGHT_HIGH: Palette = {
  ...LIGHT,
  bg: '#e9ecf0',
  text: '#000000',
  textMuted: '#2f3640',
  border: '#9aa3ae',
  waiting: '#1f6fa8',
  waitingFill: 'rgba(86, 180, 233, 0.30)',
  ready: '#8a5a00',
  readyFill: 'rgba(230, 159, 0, 0.26)',
  laneAlt: 'rgba(16, 24, 40, 0.05)',
  grid: 'rgba(16, 24, 40, 0.16)',
  link: 'rgba(30, 36, 45, 0.75)',
};

const DARK_HIGH: Palette = {
  ...DARK,
  bg: '#000000',
  surface: '#0b0d11',
  text: '#ffffff',
  textMuted: '#d3d9e0',
  border: '#5b6675',
  waitingFill: 'rgba(86, 180, 233, 0.26)',
  readyFill: 'rgba(230, 159, 0, 0.26)',
  laneAlt: 'rgba(255, 255, 255, 0.05)',
  grid: 'rgba(255, 255, 255, 0.16)',
  link: 'rgba(225, 232, 240, 0.75)',
};

/** The high-contrast palette for a theme (the same object every time, so it can be compared). */
export function highContrastFor(name: ThemeName): Palette {
  return name === 'dark' ? DARK_HIGH : LIGHT_HIGH;
}
