import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/model/constants';
import { accelerator, commandLabel } from '../../shared/commands/commands';
import { type MenuEntry, menuLabel, menuSpec } from '../../shared/menu/menuSpec';

export interface MenuState {
  language: Language;
  /** Commands the renderer says can run now; null before it has said (everything enabled). */
  enabled: ReadonlySet<string> | null;
  /** Recently opened maps, newest first, for File ▸ Recent. */
  recent: readonly { id: string; title: string }[];
}

/** The command a File ▸ Recent item sends: open that map. */
export const RECENT_PREFIX = 'file.open:';

/**
 * The application menu as Electron's template: built from the shared menu spec, labelled in
 * the interface language, each command item sending its id to the renderer, which runs it
 * through the same command registry as the toolbar and the keyboard.
 */
export function menuTemplate(
  platform: string,
  state: MenuState,
  send: (command: string) => void,
): MenuItemConstructorOptions[] {
  const item = (entry: MenuEntry): MenuItemConstructorOptions => {
    if ('separator' in entry) return { type: 'separator' };
    if ('role' in entry) return { role: entry.role };
    if ('recent' in entry)
      return {
        label: menuLabel('recent', state.language),
        submenu: state.recent.length
          ? state.recent.map((m) => ({ label: m.title, click: () => send(`${RECENT_PREFIX}${m.id}`) }))
          : [{ label: menuLabel('noRecent', state.language), enabled: false }],
      };
    if ('submenu' in entry) return { label: menuLabel(entry.submenu, state.language), submenu: entry.items.map(item) };
    const keys = accelerator(entry.command);
    return {
      id: entry.command,
      label: commandLabel(entry.command, state.language),
      ...(keys ? { accelerator: keys } : {}),
      enabled: state.enabled === null || state.enabled.has(entry.command),
      click: () => send(entry.command),
    };
  };
  return menuSpec(platform).map((section) => ({
    label: menuLabel(section.id, state.language),
    ...(section.id === 'window' ? { role: 'windowMenu' as const } : {}),
    submenu: section.items.map(item),
  }));
}
