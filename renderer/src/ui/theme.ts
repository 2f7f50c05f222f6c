/** The interface themes: follow the operating system, light, dark, or high-contrast for projectors. */
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
const STORAGE_KEY = 'waymark.theme';

export function savedTheme(): Theme {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    // 'standard' was the light theme's name before the dark theme existed.
    if (saved === 'standard') return 'light';
    return (THEMES as readonly string[]).includes(saved ?? '') ? (saved as Theme) : 'system';
  } catch {
    return 'system';
  }
}

const darkQuery = () => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null);

function paint(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && darkQuery()?.matches === true);
  document.documentElement.classList.toggle('theme-dark', dark);
  document.documentElement.classList.toggle('theme-projector', theme === 'projector');
}

let following: (() => void) | null = null;

/**
 * Applies a theme as classes on <html>. "System" follows the OS (in Electron the page's
 * prefers-color-scheme is nativeTheme's), also when the OS switches while Waymark is open.
 */
export function applyTheme(theme: Theme, remember = true): void {
  following?.();
  following = null;
  paint(theme);
  const query = darkQuery();
  if (theme === 'system' && query) {
    const onChange = () => paint('system');
    query.addEventListener('change', onChange);
    following = () => query.removeEventListener('change', onChange);
  }
  if (!remember) return;
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not remembered; applied for this session.
  }
}
