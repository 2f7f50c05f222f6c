import { useEffect, useRef, useState } from 'react';

/**
 * A menu that opens under its button: focus moves to its first item when it opens, and a
 * pointer press anywhere outside closes it. Shared by the header's menus.
 */
export function usePopover<T extends HTMLElement = HTMLDivElement>() {
  const [open, setOpen] = useState(false);
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!open) return;
    ref.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const away = (e: PointerEvent) => !ref.current?.contains(e.target as Node) && setOpen(false);
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [open]);
  /** The menu panel's props: a labelled menu that Escape closes. */
  const menuProps = (label: string, className: string) => ({
    className: `context-menu ${className}`,
    role: 'menu',
    'aria-label': label,
    onKeyDown: (e: React.KeyboardEvent) => e.key === 'Escape' && setOpen(false),
  });
  return { open, setOpen, ref, menuProps };
}
