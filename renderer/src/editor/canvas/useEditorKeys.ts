import { useEffect } from 'react';
import { useServices } from '../../services/ServicesContext';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Editor shortcuts from the command registry; text fields keep their own keys. */
export function useEditorKeys(): void {
  const { commands } = useServices();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (commands.handleKey(e, isMac)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
