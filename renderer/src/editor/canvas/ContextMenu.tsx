import { useTranslation } from 'react-i18next';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CommandId } from '../../../../shared/commands/commands';
import { useServices } from '../../services/ServicesContext';
import { displayShortcut } from '../../commands/registry';
import { useCommandLabel } from '../../i18n/uiLanguage';

export interface MenuState {
  x: number;
  y: number;
  kind: 'card' | 'canvas';
}

const ITEMS: Record<MenuState['kind'], (CommandId | '-')[]> = {
  card: [
    'card.edit',
    'edit.duplicate',
    '-',
    'clipboard.copy',
    'clipboard.cut',
    '-',
    'card.spanMore',
    'card.spanLess',
    '-',
    'card.opportunity',
    '-',
    'edit.delete',
  ],
  canvas: [
    'card.add',
    'clipboard.paste',
    '-',
    'edit.selectAll',
    'view.fit',
    'view.fitSelection',
    '-',
    'edit.undo',
    'edit.redo',
  ],
};

/** A right-click menu built from the command registry, like the toolbar and the keyboard. */
export function ContextMenu({ menu, onClose }: { menu: MenuState; onClose: () => void }) {
  const { t } = useTranslation();
  const { commands } = useServices();
  const label = useCommandLabel();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);

  // Opened near the window's bottom or right edge, the menu moves back inside it, whole.
  const [shift, setShift] = useState({ x: 0, y: 0 });
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    // Measured with the shift in place; the edges it would have unshifted decide the new one.
    setShift((s) => {
      const x = Math.min(0, window.innerWidth - 4 - (box.right - s.x));
      const y = Math.min(0, window.innerHeight - 4 - (box.bottom - s.y));
      return x === s.x && y === s.y ? s : { x, y };
    });
  }, [menu.x, menu.y]);

  const items = ITEMS[menu.kind];
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={menu.kind === 'card' ? t('editor.cardActions') : t('editor.canvasActions')}
      style={{ left: menu.x + shift.x, top: menu.y + shift.y }}
      onKeyDown={(e) => {
        e.stopPropagation();
        const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
        const at = all.indexOf(document.activeElement as HTMLElement);
        if (e.key === 'Escape') onClose();
        else if (e.key === 'ArrowDown') all[(at + 1) % all.length]?.focus();
        else if (e.key === 'ArrowUp') all[(at - 1 + all.length) % all.length]?.focus();
        else return;
        e.preventDefault();
      }}
    >
      {items.map((id, i) => {
        if (id === '-') return <div key={i} className="menu-separator" role="separator" />;
        const c = commands.get(id);
        return (
          <button
            key={id}
            type="button"
            role="menuitem"
            disabled={!commands.isEnabled(id)}
            onClick={() => {
              onClose();
              commands.run(id);
            }}
          >
            <span>{label(c.id)}</span>
            {c.shortcuts[0] && <kbd>{displayShortcut(c.shortcuts[0])}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
