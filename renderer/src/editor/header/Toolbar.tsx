import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useServices, useWaymark } from '../../services/ServicesContext';
import type { CommandId } from '../../../../shared/commands/commands';
import { displayShortcut } from '../../commands/registry';
import { useCommandLabel } from '../../i18n/uiLanguage';

const GROUPS: CommandId[][] = [
  ['edit.undo', 'edit.redo'],
  ['card.add', 'edit.duplicate', 'edit.delete'],
];
// Zoom lives in the canvas's own controls (one set, beside the map it zooms), the View menu
// and the keyboard; the header keeps editing commands only.

// Drawn, not glyphs: symbol fonts differ between machines and some of these have no glyph.
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round' } as const;
const ICONS: Partial<Record<CommandId, React.ReactNode>> = {
  'edit.undo': <path d="M6 5 3 8l3 3M3 8h7a4 4 0 0 1 0 8H8" {...stroke} />,
  'edit.redo': <path d="M12 5l3 3-3 3M15 8H8a4 4 0 0 0 0 8h2" {...stroke} />,
  'card.add': <path d="M9 3v12M3 9h12" {...stroke} />,
  'edit.duplicate': (
    <>
      <rect x="2.5" y="5.5" width="9" height="9" rx="1.5" {...stroke} />
      <path d="M6.5 3.5h7a1 1 0 0 1 1 1v7" {...stroke} />
    </>
  ),
  'edit.delete': <path d="M3 5h12M7 5V3h4v2M5 5l1 10h6l1-10" {...stroke} />,
  'view.zoomOut': <path d="M3 9h12" {...stroke} />,
  'view.zoomIn': <path d="M9 3v12M3 9h12" {...stroke} />,
  'view.fit': <path d="M3 7V3h4M11 3h4v4M15 11v4h-4M7 15H3v-4" {...stroke} />,
  'view.fitSelection': (
    <>
      <rect x="6" y="6" width="6" height="6" {...stroke} />
      <path d="M3 6V3h3M12 3h3v3M15 12v3h-3M6 15H3v-3" {...stroke} />
    </>
  ),
};

/** Toolbar buttons come from the command registry, like the menus and the keyboard. */
export function Toolbar() {
  const { t } = useTranslation();
  const { store, commands } = useServices();
  const commandLabel = useCommandLabel();
  // Re-render when anything a command's enabled state depends on changes.
  useWaymark(
    (s) => `${s.selectedCardIds.length}:${s.selectedConnectorIds.length}:${s.editingCardId}:${s.doc?.cards.length}`,
  );
  useStore(store.history, (h) => `${h.undoSteps.length}:${h.redoSteps.length}`);
  // Every button here changes the map: none of them on a read-only library.
  const readOnly = useWaymark((s) => s.readOnly);
  if (readOnly) return null;
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {GROUPS.map((group, i) => (
        <div key={i} className="toolbar-group">
          {group.map((id) => {
            const c = commands.get(id);
            const key = c.shortcuts[0] ? ` (${displayShortcut(c.shortcuts[0])})` : '';
            const label = commandLabel(id);
            return (
              <button
                key={id}
                type="button"
                className="tool"
                aria-label={label}
                title={`${label}${key}`}
                disabled={!commands.isEnabled(id)}
                onClick={() => commands.run(id)}
              >
                <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                  {ICONS[id]}
                </svg>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
