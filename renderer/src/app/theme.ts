export const THEMES = ['standard', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
const STORAGE_KEY = 'waymark.theme';

export function savedTheme(): Theme {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'projector' ? 'projector' : 'standard';
  } catch {
    return 'standard';
  }
}

/** The projector theme is a class on <html>: high contrast, heavier type, for washed-out projectors. */
export function applyTheme(theme: Theme, remember = true): void {
  document.documentElement.classList.toggle('theme-projector', theme === 'projector');
  if (!remember) return;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not remembered; applied for this session.
  }
}
