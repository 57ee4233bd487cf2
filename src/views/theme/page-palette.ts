import type { AppState } from '../../store/app-state.ts';
import { resolvedTheme } from '../../store/theme-slice.ts';
import { highContrastFor } from './contrast.ts';
import { paletteFor, type Palette } from './palette.ts';

/** The palette the page shows: the theme's, in high contrast while presenting. Stable objects. */
export function pagePalette(s: Pick<AppState, 'themePreference' | 'systemTheme' | 'presenter'>): Palette {
  const theme = resolvedTheme(s);
  return s.presenter ? highContrastFor(theme) : paletteFor(theme);
}
