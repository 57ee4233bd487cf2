import type { Slice } from './app-state.ts';

export type ThemePreference = 'system' | 'light' | 'dark';
export type ThemeName = 'light' | 'dark';

export interface ThemeSlice {
  themePreference: ThemePreference;
  /** What the operating system asks for (prefers-color-scheme), kept current by the app. */
  systemTheme: ThemeName;
  setThemePreference(p: ThemePreference): void;
  setSystemTheme(t: ThemeName): void;
}

export const createThemeSlice =
  (preference: ThemePreference, system: ThemeName): Slice<ThemeSlice> =>
  (set) => ({
    themePreference: preference,
    systemTheme: system,
    setThemePreference: (themePreference) => set({ themePreference }),
    setSystemTheme: (systemTheme) => set({ systemTheme }),
  });

/** The theme actually shown. */
export function resolvedTheme(s: Pick<ThemeSlice, 'themePreference' | 'systemTheme'>): ThemeName {
  return s.themePreference === 'system' ? s.systemTheme : s.themePreference;
}
