import { useStore } from 'zustand';
import { useServices, useWaymark } from '../app/ServicesContext';
import { displayShortcut } from './ContextMenu';

const GROUPS: string[][] = [
  ['edit.undo', 'edit.redo'],
  ['card.add', 'edit.duplicate', 'edit.delete'],
  ['view.zoomOut', 'view.zoomIn', 'view.fit', 'view.fitSelection'],
];

const ICONS: Record<string, string> = {
  'edit.undo': '↶',
  'edit.redo': '↷',
  'card.add': '+',
  'edit.duplicate': '⧉',
  'edit.delete': '⌫',
  'view.zoomOut': '−',
  'view.zoomIn': '+',
  'view.fit': '⤢',
  'view.fitSelection': '⌖',
};

/** Toolbar buttons come from the command registry, like the menus and the keyboard. */
export function Toolbar() {
  const { store, commands } = useServices();
  // Re-render when anything a command's enabled state depends on changes.
  useWaymark(
    (s) => `${s.selectedCardIds.length}:${s.selectedConnectorIds.length}:${s.editingCardId}:${s.doc?.cards.length}`,
  );
  useStore(store.temporal, (h) => `${h.pastStates.length}:${h.futureStates.length}`);
  return (
    <div className="toolbar" role="toolbar" aria-label="Editor">
      {GROUPS.map((group, i) => (
        <div key={i} className="toolbar-group">
          {group.map((id) => {
            const c = commands.get(id);
            const key = c.shortcuts[0] ? ` (${displayShortcut(c.shortcuts[0])})` : '';
            return (
              <button
                key={id}
                type="button"
                className="tool"
                aria-label={c.label}
                title={`${c.label}${key}`}
                disabled={!commands.isEnabled(id)}
                onClick={() => commands.run(id)}
              >
                <span aria-hidden="true">{ICONS[id]}</span>
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
