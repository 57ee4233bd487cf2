import type { ThemePreference } from '../../store/theme-slice.ts';
import { useApp, useAppStore } from '../store-context.tsx';

const CHOICES: Array<{ value: ThemePreference; label: string; icon: string }> = [
  { value: 'system', label: 'Match system', icon: '◐' },
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
];

/** Three-way theme choice as a radio group: system (default), light, dark. */
export function ThemeSwitch() {
  const store = useAppStore();
  const pref = useApp((s) => s.themePreference);
  return (
    <div className="theme-switch" role="radiogroup" aria-label="Theme">
      {CHOICES.map((c) => (
        <button
          key={c.value}
          type="button"
          role="radio"
          aria-checked={pref === c.value}
          aria-label={c.label}
          title={c.label}
          className={pref === c.value ? 'on' : ''}
          onClick={() => store.getState().setThemePreference(c.value)}
        >
          <span aria-hidden="true">{c.icon}</span>
        </button>
      ))}
    </div>
  );
}
