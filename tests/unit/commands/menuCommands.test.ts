import { describe, expect, it } from 'vitest';
import { MENU_ONLY_COMMANDS, menuSpec, type MenuEntry } from '../../../shared/menu/menuSpec';
import { en } from '../../../renderer/src/i18n/en';
import { createServices } from '../../../renderer/src/app/services';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { fakeApi } from '../../helpers/fakeApi';

const commandsOf = (entries: MenuEntry[]): string[] =>
  entries.flatMap((e) => ('command' in e ? [e.command] : 'submenu' in e ? commandsOf(e.items) : []));

describe('the native menu and the command registry', () => {
  it('every menu item is a registry command or a menu action the renderer handles', () => {
    const { commands } = createServices(fakeApi({}).api, createI18n('en'));
    const menuOnly = new Set<string>(MENU_ONLY_COMMANDS);
    for (const platform of ['darwin', 'linux', 'win32'])
      for (const id of commandsOf(menuSpec(platform).flatMap((s) => s.items)))
        expect(commands.has(id) || menuOnly.has(id), id).toBe(true);
    // And a registry command's label exists for the toolbar and context menu.
    for (const id of commands.ids()) expect(en.commands, id).toHaveProperty([id]);
  });
});
