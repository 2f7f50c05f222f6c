import { useSyncExternalStore } from 'react';

const isDark = () => document.documentElement.classList.contains('theme-dark');

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

/** Whether the dark theme is showing, for drawing done outside CSS (canvas). */
export function useDarkTheme(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}
