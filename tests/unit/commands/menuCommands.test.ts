import { describe, expect, it } from 'vitest';
import { accelerator, COMMAND_IDS, COMMANDS, isCommandId } from '../../../shared/commands/commands';
import { EXPORT_FORMAT_IDS } from '../../../shared/exchange/exportFormats';
import { menuSpec, type MenuEntry } from '../../../shared/menu/menuSpec';
import { createServices } from '../../../renderer/src/app/services';
import { enabledMenuCommands, runMenuCommand } from '../../../renderer/src/app/menuBridge';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { fakeApi } from '../../helpers/fakeApi';
import { sampleMap } from '../../helpers/sampleMap';

const commandsOf = (entries: MenuEntry[]): string[] =>
  entries.flatMap((e) => ('command' in e ? [e.command] : 'submenu' in e ? commandsOf(e.items) : []));

describe('one declaration per command', () => {
  it('every menu entry names a declared command, and every export format has its menu entry', () => {
    for (const platform of ['darwin', 'linux', 'win32']) {
      const named = commandsOf(menuSpec(platform).flatMap((s) => s.items));
      for (const id of named) expect(isCommandId(id), id).toBe(true);
      for (const f of EXPORT_FORMAT_IDS) expect(named).toContain(`file.export.${f}`);
    }
  });

  it('labels every command in both languages', () => {
    for (const id of COMMAND_IDS) {
      expect(COMMANDS[id].label.en.trim(), id).not.toBe('');
      expect(COMMANDS[id].label.vi.trim(), id).not.toBe('');
    }
  });

  it('gives no two commands one shortcut where their scopes overlap', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const id of COMMAND_IDS)
      for (const key of COMMANDS[id].shortcuts)
        for (const scope of COMMANDS[id].scope === 'app' ? ['app', 'map'] : ['map']) {
          const other = seen.get(`${scope}:${key}`);
          if (other && other !== id) clashes.push(`${key}: ${other} and ${id}`);
          seen.set(`${scope}:${key}`, id);
        }
    expect(clashes).toEqual([]);
  });

  it('never lets the native menu steal a plain key from text fields', () => {
    expect(accelerator('map.saveNow')).toBe('CmdOrCtrl+S');
    expect(accelerator('view.present')).toBe('F5');
    // N adds a card, Delete deletes, Shift+1 types "!" in a card: the renderer handles them.
    expect(accelerator('card.add')).toBeNull();
    expect(accelerator('edit.delete')).toBeNull();
    expect(accelerator('view.fit')).toBeNull();
  });

  it('has a handler for every command, which the menu bridge runs; unknown ids do nothing', () => {
    const services = createServices(fakeApi({}).api, createI18n('en'));
    for (const c of services.commands.list()) {
      expect(typeof c.run, c.id).toBe('function');
      expect(typeof c.enabled, c.id).toBe('function');
    }
    const { store } = services;
    expect(enabledMenuCommands(services)).toContain('file.newMap');
    expect(enabledMenuCommands(services)).not.toContain('file.export.pdf');
    store.getState().openMap({ document: sampleMap(), revision: 1 });
    expect(enabledMenuCommands(services)).toContain('file.export.pdf');
    runMenuCommand(services, 'file.export.pdf');
    expect(store.getState().dialog).toEqual({ kind: 'export', format: 'pdf' });
    store.getState().closeDialog();
    runMenuCommand(services, 'file.export.exe');
    runMenuCommand(services, '__proto__');
    expect(store.getState().dialog).toBeNull();
    runMenuCommand(services, 'help.about');
    expect(store.getState().dialog).toEqual({ kind: 'about' });
  });
});
