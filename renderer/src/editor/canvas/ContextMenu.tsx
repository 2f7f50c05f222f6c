import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
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

  const items = ITEMS[menu.kind];
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={menu.kind === 'card' ? t('editor.cardActions') : t('editor.canvasActions')}
      style={{ left: menu.x, top: menu.y }}
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
