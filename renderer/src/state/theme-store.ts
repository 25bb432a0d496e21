// Renderer: the colour theme: follow the system, or always light, or always dark (a laptop in the sun, a
// dark loft). The choice is kept on this machine and set as `data-theme` on <html>, which the styles read;
// `resolved` is what is shown now, for what draws its own colours (the test chart's canvas).
import { create } from 'zustand';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
const STORAGE_KEY = 'tcd.theme';

const systemDark = () => typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches;

function stored(): Theme {
  try {
    const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function apply(theme: Theme): 'light' | 'dark' {
  if (typeof document !== 'undefined') {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }
  return theme === 'system' ? (systemDark() ? 'dark' : 'light') : theme;
}

interface ThemeState {
  theme: Theme;
  resolved: 'light' | 'dark';
  setTheme(theme: Theme): void;
}

export const useThemeStore = create<ThemeState>((set, get) => {
  const theme = stored();
  if (typeof matchMedia !== 'undefined') {
    matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', () =>
      set({ resolved: apply(get().theme) }),
    );
  }
  return {
    theme,
    resolved: apply(theme),
    setTheme(next) {
      try {
        if (next === 'system') localStorage.removeItem(STORAGE_KEY);
        else localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Storage can be unavailable (private mode); the choice then lasts for this session.
      }
      set({ theme: next, resolved: apply(next) });
    },
  };
});
