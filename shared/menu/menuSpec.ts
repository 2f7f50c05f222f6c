import { exportCommand, type CommandId } from '../commands/commands';
import { EXPORT_FORMAT_IDS } from '../exchange/exportFormats';
import type { Language } from '../model/constants';
import { MENU_LABELS, type MenuWord } from './menuLabels';

/**
 * The application menu's layout, declared once. Items name commands by their typed id (their
 * labels and accelerators come from shared/commands); Electron's own roles are used where they
 * exist so each desktop gets its native behaviour (undo in text fields, cut …).
 */
export type MenuEntry =
  | { command: CommandId }
  | { role: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit' | 'minimize' | 'close' | 'about' }
  | { submenu: 'export'; items: MenuEntry[] }
  /** File ▸ Recent: filled from the recently opened maps the renderer reports. */
  | { recent: true }
  | { separator: true };

export interface MenuSection {
  id: 'app' | 'file' | 'edit' | 'view' | 'window' | 'help';
  items: MenuEntry[];
}

export function menuSpec(platform: string): MenuSection[] {
  const mac = platform === 'darwin';
  return [
    ...(mac
      ? [
          {
            id: 'app' as const,
            items: [{ role: 'about' as const }, { separator: true as const }, { role: 'quit' as const }],
          },
        ]
      : []),
    {
      id: 'file',
      items: [
        { command: 'file.newMap' },
        { command: 'file.library' },
        { command: 'file.import' },
        { recent: true },
        { submenu: 'export', items: EXPORT_FORMAT_IDS.map((f) => ({ command: exportCommand(f) })) },
        { separator: true },
        { command: 'map.saveNow' },
        ...(mac ? [] : [{ separator: true as const }, { role: 'quit' as const }]),
      ],
    },
    {
      id: 'edit',
      items: [
        { role: 'undo' },
        { role: 'redo' },
        { separator: true },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { command: 'edit.delete' },
        { command: 'edit.duplicate' },
        { role: 'selectAll' },
      ],
    },
    {
      id: 'view',
      items: [
        { command: 'view.zoomIn' },
        { command: 'view.zoomOut' },
        { command: 'view.fit' },
        { separator: true },
        { command: 'view.present' },
        { command: 'view.guide' },
        { command: 'view.backlog' },
        { command: 'view.dark' },
        { command: 'view.projector' },
      ],
    },
    { id: 'window', items: [{ role: 'minimize' }, { role: 'close' }] },
    { id: 'help', items: [{ command: 'help.shortcuts' }, ...(mac ? [] : [{ command: 'help.about' as const }])] },
  ];
}

/** The menu's own words (section titles, submenus, Recent); commands are labelled by shared/commands. */
export function menuLabel(key: MenuWord, language: Language): string {
  return MENU_LABELS[language][key];
}
