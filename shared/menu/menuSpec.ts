import type { Language } from '../model/constants';
import { MENU_LABELS } from './menuLabels';

/**
 * The application menu, declared once. Items name renderer commands by id (the command
 * registry's ids, plus a few menu-only actions the renderer handles); Electron's own roles are
 * used where they exist so each desktop gets its native behaviour (undo in text fields, cut …).
 */
export type MenuEntry =
  | { command: string; accelerator?: string }
  | { role: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit' | 'minimize' | 'close' | 'about' }
  | { submenu: 'export'; items: MenuEntry[] }
  /** File ▸ Recent: filled from the recently opened maps the renderer reports. */
  | { recent: true }
  | { separator: true };

export interface MenuSection {
  id: 'app' | 'file' | 'edit' | 'view' | 'window' | 'help';
  items: MenuEntry[];
}

/** Export ▸ formats, in the order of the editor's Export menu. */
export const EXPORT_KINDS = ['png', 'svg', 'pdf', 'json', 'ojf', 'csv'] as const;

/** Commands the renderer handles for the menu alone (the rest are command-registry ids). */
export const MENU_ONLY_COMMANDS = [
  'file.newMap',
  'file.library',
  'file.import',
  ...EXPORT_KINDS.map((k) => `file.export.${k}`),
  'view.guide',
  'view.projector',
  'view.dark',
  'help.shortcuts',
  'help.about',
] as const;

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
        { command: 'file.newMap', accelerator: 'CmdOrCtrl+N' },
        { command: 'file.library', accelerator: 'CmdOrCtrl+L' },
        { command: 'file.import', accelerator: 'CmdOrCtrl+O' },
        { recent: true },
        { submenu: 'export', items: EXPORT_KINDS.map((k) => ({ command: `file.export.${k}` })) },
        { separator: true },
        { command: 'map.saveNow', accelerator: 'CmdOrCtrl+S' },
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
        { command: 'edit.duplicate', accelerator: 'CmdOrCtrl+D' },
        { role: 'selectAll' },
      ],
    },
    {
      id: 'view',
      items: [
        { command: 'view.zoomIn', accelerator: 'CmdOrCtrl+=' },
        { command: 'view.zoomOut', accelerator: 'CmdOrCtrl+-' },
        { command: 'view.fit', accelerator: 'Shift+1' },
        { separator: true },
        { command: 'view.present', accelerator: 'F5' },
        { command: 'view.guide' },
        { command: 'view.dark' },
        { command: 'view.projector' },
      ],
    },
    { id: 'window', items: [{ role: 'minimize' }, { role: 'close' }] },
    {
      id: 'help',
      items: [{ command: 'help.shortcuts', accelerator: 'CmdOrCtrl+/' }, ...(mac ? [] : [{ command: 'help.about' }])],
    },
  ];
}

/** A menu label in a language: section titles and command names share one table. */
export function menuLabel(key: string, language: Language): string {
  const table = MENU_LABELS[language] as Record<string, string>;
  return table[key] ?? (MENU_LABELS.en as Record<string, string>)[key] ?? key;
}
